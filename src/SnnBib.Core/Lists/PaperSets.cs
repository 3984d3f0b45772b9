using SnnBib.Core.Identifiers;

namespace SnnBib.Core.Lists;

/// <summary>
/// The papers being formed: a union–find over entry indices that also keeps, per set, the identifiers its entries
/// carry (suspect ones left out), so that checking two sets for conflicting identifiers does not rescan the list.
/// </summary>
internal sealed class PaperSets
{
    private readonly DisjointSet _sets;
    private readonly Dictionary<int, List<PaperIdentifier>> _identifiers = [];

    public PaperSets(int count) => _sets = new DisjointSet(count);

    public int Find(int entry) => _sets.Find(entry);

    /// <summary>Joins two sets; false when they were one already.</summary>
    public bool Union(int first, int second)
    {
        var a = _sets.Find(first);
        var b = _sets.Find(second);
        if (!_sets.Union(a, b))
        {
            return false;
        }

        var root = _sets.Find(a);
        var other = root == a ? b : a;
        if (_identifiers.Remove(other, out var moved))
        {
            IdentifiersOf(root).AddRange(moved);
        }

        return true;
    }

    public void AddIdentifier(int entry, PaperIdentifier identifier) => IdentifiersOf(_sets.Find(entry)).Add(identifier);

    /// <summary>Why two sets cannot be one paper (different identifiers of one kind), or null when they can.</summary>
    public string? Conflict(int first, int second, IReadOnlyList<IdentifierKind> kinds, Func<IdentifierKind, string> kindName)
    {
        var a = IdentifiersOf(_sets.Find(first));
        var b = IdentifiersOf(_sets.Find(second));
        foreach (var kind in kinds)
        {
            var left = a.Where(i => i.Kind == kind).Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
            var right = b.Where(i => i.Kind == kind).Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
            if (left.Count > 0 && right.Count > 0 && !left.Overlaps(right))
            {
                return $"different {kindName(kind)} ({string.Join(", ", left.Order(StringComparer.Ordinal))} and {string.Join(", ", right.Order(StringComparer.Ordinal))})";
            }
        }

        return null;
    }

    private List<PaperIdentifier> IdentifiersOf(int root)
    {
        if (!_identifiers.TryGetValue(root, out var list))
        {
            _identifiers[root] = list = [];
        }

        return list;
    }
}
