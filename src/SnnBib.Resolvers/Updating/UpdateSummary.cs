using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Updating;

/// <summary>
/// What an update did. The four status counts partition <see cref="Total"/>; <see cref="Failed"/>,
/// <see cref="SkippedFresh"/> and <see cref="NotRefreshed"/> count papers across statuses.
/// </summary>
public sealed record UpdateSummary
{
    /// <summary>Papers in scope (after --only).</summary>
    public int Total { get; init; }

    public int Resolved { get; init; }

    public int PreprintOnly { get; init; }

    public int Unresolved { get; init; }

    public int Conflicts { get; init; }

    /// <summary>Papers with a look-up that failed this run (retried next run).</summary>
    public int Failed { get; init; }

    /// <summary>Papers with nothing due: no request made for them.</summary>
    public int SkippedFresh { get; init; }

    /// <summary>Papers with a due look-up not made: cancelled run, --offline, --dry-run.</summary>
    public int NotRefreshed { get; init; }

    /// <summary>Look-ups made this run (dry run: 0).</summary>
    public int LookupsMade { get; init; }

    public bool Cancelled { get; init; }

    public bool DryRun { get; init; }

    public bool Offline { get; init; }

    public IReadOnlyDictionary<SourceName, SourceStats> Sources { get; init; } = new Dictionary<SourceName, SourceStats>();

    /// <summary>Every paper in scope, in input order.</summary>
    public IReadOnlyList<PaperOutcome> Papers { get; init; } = [];

    /// <summary>Why each conflicting paper is in conflict (wrong link, near-miss search hit…).</summary>
    public IReadOnlyList<PaperIssue> ConflictDetails { get; init; } = [];

    public IReadOnlyList<LookupFailure> Failures { get; init; } = [];

    /// <summary>Look-ups made (dry run: that would be made, as far as the cache tells).</summary>
    public IReadOnlyList<PlannedLookup> Lookups { get; init; } = [];

    /// <summary>--only values that matched no paper.</summary>
    public IReadOnlyList<string> UnmatchedOnly { get; init; } = [];

    /// <summary>Cache files that could not be used, and other one-line notices.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
