namespace SnnBib.Core.Identifiers;

/// <summary>Recognises paper identifiers in link targets. Pure; no network.</summary>
public static class IdentifierParser
{
    /// <summary>The identifier a URL carries, or null when it carries none (the link is then kept as a plain URL).</summary>
    public static PaperIdentifier? FromUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var parts = UrlParts.From(url);
        if (parts is null)
        {
            return null;
        }

        return ArxivIdParser.FromUrl(parts)
            ?? OpenReviewIdParser.FromUrl(parts)
            ?? ProceedingsUrlParser.FromUrl(parts)
            ?? DoiParser.FromUrl(parts);
    }
}
