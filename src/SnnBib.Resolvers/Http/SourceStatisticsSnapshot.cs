namespace SnnBib.Resolvers.Http;

/// <summary>What one host cost during a run, for the summary table.</summary>
/// <param name="Host">Policy name, e.g. "arxiv", "crossref", "openreview", "openreview-v1".</param>
/// <param name="Requests">HTTP attempts sent (retries included).</param>
/// <param name="Retries">Attempts that were retries of an earlier one.</param>
/// <param name="Failures">Calls that failed for good (after retries, timeouts, open circuit, refused body).</param>
/// <param name="TotalLatency">Sum of attempt durations (waiting at the rate gate excluded).</param>
/// <param name="SlowestLatency">Longest single attempt.</param>
/// <param name="SlowestUrl">The redacted URL of that attempt.</param>
/// <param name="CircuitOpened">True when the host's circuit opened at least once.</param>
public sealed record SourceStatisticsSnapshot(
    string Host,
    int Requests,
    int Retries,
    int Failures,
    TimeSpan TotalLatency,
    TimeSpan SlowestLatency,
    string? SlowestUrl,
    bool CircuitOpened)
{
    public TimeSpan AverageLatency => Requests == 0 ? TimeSpan.Zero : TotalLatency / Requests;
}
