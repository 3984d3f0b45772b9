namespace SnnBib.Resolvers.Http;

/// <summary>
/// Spaces the starts of requests to one host and caps how many are in flight. Time comes from the injected
/// <see cref="TimeProvider"/>, so tests can check the spacing with a fake clock.
/// </summary>
/// <remarks>
/// Each request kind has its own pace (Crossref budgets lists apart from single records); the concurrency cap is shared.
/// A caller reserves the earliest free start time under a lock, then waits for it outside the lock, so callers are
/// spaced even when they arrive together.
/// </remarks>
public sealed class RateGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Pace _singlePace;
    private readonly Pace _listPace;

    public RateGate(HostPolicy policy, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(policy.MaxConcurrency, 1);
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _slots = new SemaphoreSlim(policy.MaxConcurrency, policy.MaxConcurrency);
        _singlePace = new Pace(policy.MinInterval);
        _listPace = policy.ListBudget is { } list ? new Pace(list.MinInterval) : _singlePace;
    }

    /// <summary>Waits for a free slot and for this kind's next start time; dispose the lease when the request is done.</summary>
    public async ValueTask<IDisposable> EnterAsync(RequestKind kind, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = Reserve(kind == RequestKind.List ? _listPace : _singlePace);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }

            return new Lease(_slots);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public void Dispose() => _slots.Dispose();

    private TimeSpan Reserve(Pace pace)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var start = pace.NextStart is { } next && next > now ? next : now;
            pace.NextStart = start + pace.MinInterval;
            return start - now;
        }
    }

    private sealed class Pace(TimeSpan minInterval)
    {
        public TimeSpan MinInterval { get; } = minInterval;

        public DateTimeOffset? NextStart { get; set; }
    }

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
