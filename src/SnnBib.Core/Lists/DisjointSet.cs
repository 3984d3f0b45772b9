namespace SnnBib.Core.Lists;

/// <summary>Union–find over 0..n-1; the root of a set is always its smallest member, so list order decides.</summary>
internal sealed class DisjointSet
{
    private readonly int[] _parent;

    public DisjointSet(int count) => _parent = Enumerable.Range(0, count).ToArray();

    public int Find(int item)
    {
        while (_parent[item] != item)
        {
            _parent[item] = _parent[_parent[item]];
            item = _parent[item];
        }

        return item;
    }

    /// <summary>Joins the sets of both items; false when they were already one.</summary>
    public bool Union(int first, int second)
    {
        var a = Find(first);
        var b = Find(second);
        if (a == b)
        {
            return false;
        }

        if (a < b)
        {
            _parent[b] = a;
        }
        else
        {
            _parent[a] = b;
        }

        return true;
    }
}
