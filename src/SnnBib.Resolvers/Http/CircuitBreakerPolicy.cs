namespace SnnBib.Resolvers.Http;

/// <summary>
/// When to leave a host alone: once at least <paramref name="MinimumThroughput"/> attempts within
/// <paramref name="SamplingDuration"/> failed at <paramref name="FailureRatio"/> or more, no request goes to the host for
/// <paramref name="BreakDuration"/> (its look-ups fail fast and are retried on the next run).
/// </summary>
public sealed record CircuitBreakerPolicy(
    double FailureRatio,
    int MinimumThroughput,
    TimeSpan SamplingDuration,
    TimeSpan BreakDuration);
