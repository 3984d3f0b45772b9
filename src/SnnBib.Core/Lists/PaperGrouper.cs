using SnnBib.Core.Identifiers;
using SnnBib.Core.Text;

namespace SnnBib.Core.Lists;

/// <summary>
/// Groups entries into papers: the same arXiv id, OpenReview id or DOI on their paper links, or the same normalised
/// title, makes one paper. Every entry and link is kept; each merge is reported.
/// </summary>
/// <remarks>
/// <para>When entries share an identifier but their titles clearly differ, the identifier cannot belong to all of
/// them. The entries are split into clusters of compatible titles; the cluster with the most entries keeps the
/// identifier (independent mentions that agree are the only evidence a list offers), and on a tie the cluster that
/// comes first in the list keeps it. The others get the link flagged as suspect: it is kept on the entry but not
/// used to identify or merge it. Flagging every holder instead would also strip the real owner of its identifier;
/// keeping it on one side is safe because resolvers compare the fetched title with the list's title anyway.</para>
/// <para>A title merge is refused when the two sides carry different identifiers of the same kind (two arXiv ids,
/// two DOIs): same-titled but distinct works, such as a conference paper and its journal version, stay apart.</para>
/// </remarks>
public static class PaperGrouper
{
    private const int MaxQuotedTitle = 60;

    // How many title variants (of a shared identifier) or same-titled papers one entry is compared with.
    private const int MaxCompared = 32;

    private static readonly IdentifierKind[] IdentityOrder = [IdentifierKind.Arxiv, IdentifierKind.OpenReview, IdentifierKind.Doi];

    public static PaperGrouping Group(IReadOnlyList<ListEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sets = new PaperSets(entries.Count);
        var suspect = new HashSet<(int Entry, string Key)>();
        var merges = new List<(int Later, int Earlier, string Reason)>();
        var suspects = new List<ListWarning>();
        var kept = new List<ListWarning>();

        MergeBySharedIdentifier(entries, sets, suspect, merges, suspects);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var id in StrongIdentifiers(entries[i]).Where(id => !suspect.Contains((i, id.Key))))
            {
                sets.AddIdentifier(i, id);
            }
        }

        MergeByTitle(entries, sets, merges, kept);

        var papers = BuildPapers(entries, sets, suspect);
        var mergeWarnings = merges
            .Select(m => new ListWarning(entries[m.Later].Line,
                $"\"{Quote(entries[m.Later].Title)}\" merged with line {entries[m.Earlier].Line}: {m.Reason}"))
            .Concat(kept)
            .OrderBy(w => w.Line)
            .ToArray();
        return new PaperGrouping(papers, mergeWarnings, suspects.OrderBy(w => w.Line).ToArray());
    }

    private static void MergeBySharedIdentifier(
        IReadOnlyList<ListEntry> entries,
        PaperSets sets,
        HashSet<(int Entry, string Key)> suspect,
        List<(int Later, int Earlier, string Reason)> merges,
        List<ListWarning> suspects)
    {
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var identifiers = new Dictionary<string, PaperIdentifier>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var id in StrongIdentifiers(entries[i]))
            {
                identifiers.TryAdd(id.Key, id);
                if (!holders.TryGetValue(id.Key, out var list))
                {
                    holders[id.Key] = list = [];
                }

                list.Add(i);
            }
        }

        var words = new Dictionary<int, HashSet<string>>();
        HashSet<string> WordsOf(int entry) =>
            words.TryGetValue(entry, out var cached) ? cached : words[entry] = TitleMatch.Words(entries[entry].Title);

        foreach (var (key, holding) in holders.Where(h => h.Value.Count > 1))
        {
            var clusters = new List<List<int>>();
            foreach (var entry in holding)
            {
                // Compared with a bounded number of title variants so that a hostile list stays linear in size.
                var cluster = clusters.Take(MaxCompared).FirstOrDefault(c => TitleMatch.CanBeSamePaper(WordsOf(c[0]), WordsOf(entry)));
                if (cluster is null)
                {
                    clusters.Add([entry]);
                }
                else
                {
                    cluster.Add(entry);
                }
            }

            // Most agreeing entries win; on a tie the earliest cluster (clusters are in list order).
            var owner = clusters.OrderByDescending(c => c.Count).ThenBy(c => c[0]).First();
            foreach (var entry in owner.Skip(1))
            {
                if (sets.Union(owner[0], entry))
                {
                    merges.Add((entry, owner[0], $"same {Describe(identifiers[key])}"));
                }
            }

            foreach (var entry in clusters.Where(c => c != owner).SelectMany(c => c))
            {
                suspect.Add((entry, key));
                var link = entries[entry].Links.First(l => l.Identifier?.Key == key);
                suspects.Add(new ListWarning(entries[entry].Line,
                    $"suspect link: [{link.Label}]({link.Target}) of \"{Quote(entries[entry].Title)}\" carries {Describe(identifiers[key])}, "
                    + $"which line {entries[owner[0]].Line} (\"{Quote(entries[owner[0]].Title)}\") also carries; the titles differ, "
                    + "so this entry is not identified by it"));
            }
        }
    }

    private static void MergeByTitle(
        IReadOnlyList<ListEntry> entries,
        PaperSets sets,
        List<(int Later, int Earlier, string Reason)> merges,
        List<ListWarning> kept)
    {
        var byTitle = Enumerable.Range(0, entries.Count)
            .Select(i => (Index: i, Key: TitleKey(entries[i])))
            .Where(t => t.Key.Length > 0)
            .GroupBy(t => t.Key, StringComparer.Ordinal);
        foreach (var group in byTitle)
        {
            // One entry for each paper this title already names, in list order, and those papers' sets.
            var named = new List<int>();
            var namedSets = new HashSet<int>();
            foreach (var (entry, _) in group)
            {
                if (namedSets.Contains(sets.Find(entry)))
                {
                    continue;
                }

                if (named.Count == 0)
                {
                    named.Add(entry);
                    namedSets.Add(sets.Find(entry));
                    continue;
                }

                var partner = named.Take(MaxCompared).FirstOrDefault(n => sets.Conflict(n, entry, IdentityOrder, KindName) is null, -1);
                if (partner >= 0)
                {
                    namedSets.Remove(sets.Find(partner));
                    sets.Union(partner, entry);
                    namedSets.Add(sets.Find(partner));
                    merges.Add((entry, partner, "same normalised title"));
                    continue;
                }

                namedSets.Add(sets.Find(entry));
                kept.Add(new ListWarning(entries[entry].Line,
                    $"\"{Quote(entries[entry].Title)}\" has the same title as line {entries[named[0]].Line} but is not merged with it: "
                    + sets.Conflict(named[0], entry, IdentityOrder, KindName)));
                named.Add(entry);
            }
        }
    }

    private static ListedPaper[] BuildPapers(IReadOnlyList<ListEntry> entries, PaperSets sets, HashSet<(int Entry, string Key)> suspect)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var papers = new List<ListedPaper>();
        foreach (var group in Enumerable.Range(0, entries.Count).GroupBy(sets.Find).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            var identifiers = members
                .SelectMany(i => PaperLinks(entries[i])
                    .Where(l => l.Identifier is not null && !suspect.Contains((i, l.Identifier.Key)))
                    .Select(l => l.Identifier!))
                .DistinctBy(id => id.Key)
                .ToArray();
            var suspectLinks = members
                .SelectMany(i => entries[i].Links.Where(l => l.Identifier is not null && suspect.Contains((i, l.Identifier.Key))))
                .ToArray();

            var identity = UniqueIdentity(Identity(entries[members[0]], identifiers), used);
            papers.Add(new ListedPaper
            {
                Identity = identity,
                Entries = members.Select(i => entries[i]).ToArray(),
                Identifiers = identifiers,
                SuspectLinks = suspectLinks,
            });
        }

        return papers.ToArray();
    }

    private static string Identity(ListEntry primary, IReadOnlyList<PaperIdentifier> identifiers)
    {
        foreach (var kind in IdentityOrder)
        {
            if (identifiers.FirstOrDefault(i => i.Kind == kind) is { } id)
            {
                return id.Key;
            }
        }

        var title = TitleKey(primary);
        return title.Length > 0 ? "title:" + title : $"line:{primary.Line}";
    }

    // Identities are unique by construction (an identifier belongs to one paper; equal titles merge). This guard
    // keeps them unique even if that reasoning is ever broken, rather than letting two papers share a cache key.
    private static string UniqueIdentity(string identity, HashSet<string> used)
    {
        var candidate = identity;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{identity}#{n}";
        }

        return candidate;
    }

    /// <summary>The normalised title; titles with no Latin letters or digits fall back to their lower-cased text.</summary>
    private static string TitleKey(ListEntry entry)
    {
        var normalised = TitleNormalizer.Normalize(entry.Title);
        return normalised.Length > 0 ? normalised : string.Join(' ', entry.Title.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static IEnumerable<ListLink> PaperLinks(ListEntry entry) => entry.Links.Where(l => l.Kind == LinkKind.Paper);

    private static IEnumerable<PaperIdentifier> StrongIdentifiers(ListEntry entry) =>
        PaperLinks(entry)
            .Select(l => l.Identifier)
            .OfType<PaperIdentifier>()
            .Where(id => id.NamesOnePaper)
            .DistinctBy(id => id.Key);

    private static string Describe(PaperIdentifier id) => $"{KindName(id.Kind)} {id.Value}";

    private static string KindName(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Arxiv => "arXiv id",
        IdentifierKind.OpenReview => "OpenReview id",
        IdentifierKind.Doi => "DOI",
        _ => kind.ToString(),
    };

    private static string Quote(string title) =>
        title.Length <= MaxQuotedTitle ? title : string.Concat(title.AsSpan(0, MaxQuotedTitle - 1).TrimEnd(), "…");
}
