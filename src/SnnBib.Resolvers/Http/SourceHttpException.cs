namespace SnnBib.Resolvers.Http;

/// <summary>
/// A request to a source failed for good (after retries, on a timeout, an open circuit, a refused body). The message is
/// one line, names the host and never contains the mailto address; resolvers turn it into LookupOutcome.Error.
/// </summary>
public sealed class SourceHttpException : Exception
{
    public SourceHttpException()
    {
    }

    public SourceHttpException(string message)
        : base(message)
    {
    }

    public SourceHttpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The redacted URL of the failed request, when there was one.</summary>
    public string? RequestUrl { get; init; }

    /// <summary>The last HTTP status seen, when any.</summary>
    public int? StatusCode { get; init; }

    /// <summary>True when no request was sent because the host's circuit is open.</summary>
    public bool CircuitOpen { get; init; }
}
