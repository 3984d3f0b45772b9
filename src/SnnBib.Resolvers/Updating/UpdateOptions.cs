using SnnBib.Resolvers.Caching;

namespace SnnBib.Resolvers.Updating;

public sealed record UpdateOptions
{
    /// <summary>Fetch everything again, fresh or not (--force).</summary>
    public bool Force { get; init; }

    /// <summary>Refresh answers older than this, whatever the paper's status (--max-age).</summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>
    /// Update only these papers (--only): each value is matched, ignoring case, against the identity, the citation
    /// key, and every identifier key ("arxiv:2401.01234") or bare value ("2401.01234"). Empty: every paper.
    /// Does not imply <see cref="Force"/>: a fresh paper stays skipped.
    /// </summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Report what would be fetched; make no request and write nothing (--dry-run).</summary>
    public bool DryRun { get; init; }

    /// <summary>Make no request; merge again from cached answers only (--offline).</summary>
    public bool Offline { get; init; }

    /// <summary>
    /// Identifier look-ups handed to a resolver per call. The resolver batches within the call (arXiv id_list,
    /// Crossref filter=doi:…); results are saved after every call, so this bounds what a kill can lose.
    /// </summary>
    public int IdentifierBatchSize { get; init; } = 25;

    /// <summary>Title searches handed to a resolver per call (each is one request).</summary>
    public int SearchBatchSize { get; init; } = 4;

    /// <summary>The refresh ages; <see cref="Force"/> and <see cref="MaxAge"/> override it.</summary>
    public FreshnessPolicy Freshness { get; init; } = FreshnessPolicy.Default;
}
