using System.Text.Json.Serialization;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Merging;

namespace SnnBib.Resolvers.Caching;

/// <summary>One paper's cache file: every source's answer, the merged record and the merge's findings.</summary>
public sealed record CachedPaper
{
    /// <summary>The layout version this snnbib writes and reads; files with another version are ignored with a warning.</summary>
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;

    public required string Identity { get; init; }

    public DateTimeOffset SavedAt { get; init; }

    public IReadOnlyList<CachedLookup> Lookups { get; init; } = [];

    /// <summary>The merged record; null until a merge ran.</summary>
    public PaperRecord? Merged { get; init; }

    public IReadOnlyList<MergeIssue> Issues { get; init; } = [];

    /// <summary>The merged status, Unresolved when nothing was merged yet.</summary>
    [JsonIgnore]
    public RecordStatus Status => Merged?.Status ?? RecordStatus.Unresolved;

    public CachedLookup? Find(LookupQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = query.Key;
        return Lookups.FirstOrDefault(l => l.Query.Key == key);
    }
}
