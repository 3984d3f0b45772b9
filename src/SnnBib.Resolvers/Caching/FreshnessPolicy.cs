using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Caching;

/// <summary>
/// When a cached answer must be asked again. Resolved papers are refreshed after 30 days; preprint-only papers after
/// 7 (they may have been published since); unresolved and conflicting papers after 7; failed look-ups every run.
/// </summary>
public sealed record FreshnessPolicy
{
    public static FreshnessPolicy Default { get; } = new();

    public TimeSpan Resolved { get; init; } = TimeSpan.FromDays(30);

    public TimeSpan PreprintOnly { get; init; } = TimeSpan.FromDays(7);

    /// <summary>For unresolved (not found) papers.</summary>
    public TimeSpan NotFound { get; init; } = TimeSpan.FromDays(7);

    public TimeSpan Conflict { get; init; } = TimeSpan.FromDays(7);

    /// <summary>When set, replaces every age above (--max-age).</summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>Everything is due (--force).</summary>
    public bool Force { get; init; }

    /// <summary>How long answers about a paper with this status stay fresh.</summary>
    public TimeSpan MaxAgeFor(RecordStatus status) => MaxAge ?? status switch
    {
        RecordStatus.Resolved => Resolved,
        RecordStatus.PreprintOnly => PreprintOnly,
        RecordStatus.Conflict => Conflict,
        _ => NotFound,
    };

    /// <summary>True when the answer must be fetched again: absent, failed, forced or older than the paper's status allows.</summary>
    public bool IsDue(CachedLookup? lookup, RecordStatus paperStatus, DateTimeOffset now)
    {
        if (lookup is null || Force || lookup.Outcome == Sources.LookupOutcome.Error)
        {
            return true;
        }

        return now - lookup.At >= MaxAgeFor(paperStatus);
    }
}
