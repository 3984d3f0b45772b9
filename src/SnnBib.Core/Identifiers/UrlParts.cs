namespace SnnBib.Core.Identifiers;

/// <summary>The pieces of an absolute http(s) URL that identifier rules look at: host, unescaped path segments, query.</summary>
internal sealed class UrlParts
{
    private readonly string _query;

    private UrlParts(string host, IReadOnlyList<string> segments, string query)
    {
        Host = host;
        Segments = segments;
        _query = query;
    }

    /// <summary>Lower-case host without a leading "www.".</summary>
    public string Host { get; }

    /// <summary>Path segments, percent-decoded, empty ones dropped.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>The URL's parts, or null when it is not an absolute http(s) URL.</summary>
    public static UrlParts? From(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var segments = uri.AbsolutePath
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString)
            .ToArray();
        return new UrlParts(host, segments, uri.Query.TrimStart('?'));
    }

    /// <summary>True when the host is <paramref name="domain"/> or one of its sub-domains.</summary>
    public bool IsHost(string domain) =>
        Host == domain || Host.EndsWith("." + domain, StringComparison.Ordinal);

    /// <summary>The first value of a query parameter (names compared exactly, value percent-decoded).</summary>
    public string? QueryValue(string name)
    {
        foreach (var pair in _query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? pair : pair[..equals];
            if (key == name)
            {
                return equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }

    /// <summary>The segment at <paramref name="index"/>, or null when the path is shorter.</summary>
    public string? Segment(int index) => index < Segments.Count ? Segments[index] : null;

    /// <summary>The segments from <paramref name="start"/> on, joined with '/'.</summary>
    public string Tail(int start) => string.Join('/', Segments.Skip(start));
}
