using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Updating;

/// <summary>
/// Brings the cache up to date for a list's papers: asks the sources what is due (identifier look-ups first, batched,
/// then title searches for papers without an identifier, then the DOIs matched records name), saves each paper as
/// soon as an answer about it arrives, merges, and sums up. Fresh answers are never asked again, so a rerun makes no
/// request and a killed or cancelled run resumes where it stopped.
/// </summary>
public sealed class PaperUpdater
{
    private readonly IReadOnlyList<IResolver> _resolvers;
    private readonly CacheStore _cache;
    private readonly TimeProvider _time;
    private readonly RecordMerger _merger;

    /// <param name="resolvers">At most one per source; asked in this order.</param>
    public PaperUpdater(IReadOnlyList<IResolver> resolvers, CacheStore cache, TimeProvider? timeProvider = null, RecordMerger? merger = null)
    {
        ArgumentNullException.ThrowIfNull(resolvers);
        ArgumentNullException.ThrowIfNull(cache);
        var duplicate = resolvers.GroupBy(r => r.Source).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            // Cached answers are keyed by source: two resolvers of one source would overwrite each other's.
            throw new ArgumentException($"two resolvers for {duplicate.Key}", nameof(resolvers));
        }

        _resolvers = resolvers;
        _cache = cache;
        _time = timeProvider ?? TimeProvider.System;
        _merger = merger ?? new RecordMerger();
    }

    /// <summary>
    /// Updates the papers. Cancellation stops cleanly: what was answered is already saved, and the summary says
    /// <see cref="UpdateSummary.Cancelled"/> rather than throwing. Takes the cache lock for the run (a store the
    /// caller already locked is used as it is) and throws <see cref="CacheLockedException"/> when another run holds
    /// it; a dry run writes nothing and takes no lock.
    /// </summary>
    public Task<UpdateSummary> UpdateAsync(
        IReadOnlyList<UpdateItem> items,
        UpdateOptions? options = null,
        IProgress<UpdateProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        options ??= new UpdateOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.IdentifierBatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SearchBatchSize, 1, nameof(options));
        var run = new UpdateRun(new UpdatePlanner(_resolvers, _merger), _merger, _cache, _time, options, progress);
        return run.RunAsync(items, cancellationToken);
    }
}
