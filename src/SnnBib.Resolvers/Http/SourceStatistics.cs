namespace SnnBib.Resolvers.Http;

/// <summary>Thread-safe counters for one host; read them with <see cref="Snapshot"/>.</summary>
public sealed class SourceStatistics(string host)
{
    private readonly Lock _lock = new();
    private int _requests;
    private int _retries;
    private int _failures;
    private TimeSpan _total;
    private TimeSpan _slowest;
    private string? _slowestUrl;
    private bool _circuitOpened;

    public string Host { get; } = host;

    public SourceStatisticsSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new SourceStatisticsSnapshot(Host, _requests, _retries, _failures, _total, _slowest, _slowestUrl, _circuitOpened);
        }
    }

    internal void RecordAttempt(TimeSpan latency, string url, bool isRetry)
    {
        lock (_lock)
        {
            _requests++;
            if (isRetry)
            {
                _retries++;
            }

            _total += latency;
            if (latency >= _slowest)
            {
                _slowest = latency;
                _slowestUrl = url;
            }
        }
    }

    internal void RecordFailure()
    {
        lock (_lock)
        {
            _failures++;
        }
    }

    internal void RecordCircuitOpened()
    {
        lock (_lock)
        {
            _circuitOpened = true;
        }
    }
}
