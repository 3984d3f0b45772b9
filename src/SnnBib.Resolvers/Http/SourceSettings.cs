namespace SnnBib.Resolvers.Http;

/// <summary>
/// Where the sources live and who is asking. A base URL is everything before the documented path: the tool requests
/// <c>{arXiv}/api/query</c>, <c>{Crossref}/works…</c>, <c>{OpenReview}/notes…</c> (API 2) and <c>{OpenReviewV1}/notes…</c>.
/// Resolution order per value: explicit option, then environment variable, then default.
/// </summary>
public sealed record SourceSettings
{
    public const string ArxivUrlVariable = "SNNBIB_ARXIV_URL";
    public const string CrossrefUrlVariable = "SNNBIB_CROSSREF_URL";
    public const string OpenReviewUrlVariable = "SNNBIB_OPENREVIEW_URL";
    public const string OpenReviewV1UrlVariable = "SNNBIB_OPENREVIEW_V1_URL";
    public const string MailtoVariable = "SNNBIB_MAILTO";

    public static readonly Uri DefaultArxivUrl = new("https://export.arxiv.org");
    public static readonly Uri DefaultCrossrefUrl = new("https://api.crossref.org");
    public static readonly Uri DefaultOpenReviewUrl = new("https://api2.openreview.net");
    public static readonly Uri DefaultOpenReviewV1Url = new("https://api.openreview.net");

    public Uri ArxivUrl { get; init; } = DefaultArxivUrl;

    public Uri CrossrefUrl { get; init; } = DefaultCrossrefUrl;

    public Uri OpenReviewUrl { get; init; } = DefaultOpenReviewUrl;

    public Uri OpenReviewV1Url { get; init; } = DefaultOpenReviewV1Url;

    /// <summary>Contact address for Crossref's polite pool (sent as mailto parameter and in the User-Agent); null for none.</summary>
    public string? Mailto { get; init; }

    public static SourceSettings Default { get; } = new();

    /// <summary>Builds settings from explicit values and the process environment.</summary>
    /// <exception cref="SourceSettingsException">A value is not an absolute http(s) URL or not an e-mail address.</exception>
    public static SourceSettings Resolve(SourceSettingsOverrides? overrides = null) =>
        Resolve(overrides, Environment.GetEnvironmentVariable);

    /// <summary>Builds settings from explicit values and an environment reader (tests pass a dictionary).</summary>
    /// <exception cref="SourceSettingsException">A value is not an absolute http(s) URL or not an e-mail address.</exception>
    public static SourceSettings Resolve(SourceSettingsOverrides? overrides, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        overrides ??= new SourceSettingsOverrides();
        return new SourceSettings
        {
            ArxivUrl = BaseUrl(overrides.ArxivUrl, "--arxiv-url", ArxivUrlVariable, environment, DefaultArxivUrl),
            CrossrefUrl = BaseUrl(overrides.CrossrefUrl, "--crossref-url", CrossrefUrlVariable, environment, DefaultCrossrefUrl),
            OpenReviewUrl = BaseUrl(overrides.OpenReviewUrl, "--openreview-url", OpenReviewUrlVariable, environment, DefaultOpenReviewUrl),
            OpenReviewV1Url = BaseUrl(overrides.OpenReviewV1Url, "--openreview-v1-url", OpenReviewV1UrlVariable, environment, DefaultOpenReviewV1Url),
            Mailto = MailtoOf(overrides.Mailto, environment),
        };
    }

    /// <summary>A base URL joined with a path, without doubling or dropping the slash: ("http://h/x/", "api/query") → http://h/x/api/query.</summary>
    public static string Join(Uri baseUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(path);
        return baseUrl.AbsoluteUri.TrimEnd('/') + "/" + path.TrimStart('/');
    }

    /// <summary>Validates one base URL: absolute, http or https, no query or fragment.</summary>
    public static Uri ParseBaseUrl(string value, string origin)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            throw new SourceSettingsException($"{origin}: '{text}' is not an absolute http(s) URL");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new SourceSettingsException($"{origin}: '{text}' must be a base URL without query or fragment");
        }

        return uri;
    }

    private static Uri BaseUrl(string? option, string optionName, string variable, Func<string, string?> environment, Uri fallback)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return ParseBaseUrl(option, optionName);
        }

        var fromEnvironment = environment(variable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? fallback : ParseBaseUrl(fromEnvironment, variable);
    }

    private static string? MailtoOf(string? option, Func<string, string?> environment)
    {
        var (value, origin) = !string.IsNullOrWhiteSpace(option) ? (option, "--mailto") : (environment(MailtoVariable), MailtoVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["mailto:".Length..];
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        var looksLikeAddress = at > 0 && at == text.LastIndexOf('@') && at < text.Length - 1
            && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.')
            && text.All(c => c > ' ' && c < 127 && c is not ('<' or '>' or '(' or ')' or ',' or ';' or '"' or '\\' or '&' or '?' or '#' or '/'));
        if (!looksLikeAddress)
        {
            // Do not echo the value: it may be a real address with a typo, and messages are shown and logged.
            throw new SourceSettingsException($"{origin}: not an e-mail address (expected e.g. you@example.org)");
        }

        return text;
    }
}
