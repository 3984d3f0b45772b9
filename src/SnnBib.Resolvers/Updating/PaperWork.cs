using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;

namespace SnnBib.Resolvers.Updating;

/// <summary>One paper's state during an update.</summary>
internal sealed class PaperWork(UpdateItem item, CachedPaper? cached)
{
    public UpdateItem Item { get; } = item;

    /// <summary>The file as last loaded or saved (null: none).</summary>
    public CachedPaper? Cached { get; set; } = cached;

    /// <summary>The status the paper had when the run started: it decides what is fresh.</summary>
    public RecordStatus StartStatus { get; } = cached?.Status ?? RecordStatus.Unresolved;

    /// <summary>Every known answer by query key: cached ones, replaced by this run's.</summary>
    public Dictionary<string, CachedLookup> Lookups { get; } =
        (cached?.Lookups ?? []).GroupBy(l => l.Query.Key).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>The look-ups the list asks for (identifiers, else title searches), in order.</summary>
    public List<PlannedRequest> Primary { get; } = [];

    /// <summary>Query keys answered this run.</summary>
    public HashSet<string> Answered { get; } = new(StringComparer.Ordinal);

    public bool Failed { get; set; }
}
