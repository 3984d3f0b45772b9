namespace SnnBib.Resolvers.Http;

/// <summary>One answer from a host, read in full and within the size cap.</summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="Body">The body as text (UTF-8 unless the response names another charset).</param>
/// <param name="ContentType">Media type without parameters, e.g. "application/json"; null when absent.</param>
/// <param name="RequestUrl">The request URL with the mailto redacted, for records and messages.</param>
/// <param name="RetryAfter">How long the server asked us to wait (Retry-After, or a rate-limit body), when it did.</param>
public sealed record SourceHttpResponse(int StatusCode, string Body, string? ContentType, string RequestUrl, TimeSpan? RetryAfter = null)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
