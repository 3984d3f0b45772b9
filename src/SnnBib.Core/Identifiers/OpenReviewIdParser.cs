using System.Text.RegularExpressions;

namespace SnnBib.Core.Identifiers;

/// <summary>Reads OpenReview forum ids from forum/pdf URLs; other query parameters (noteId, referrer) are ignored.</summary>
public static partial class OpenReviewIdParser
{
    private static readonly string[] PaperPages = ["forum", "pdf", "attachment", "revisions"];

    /// <summary>An id written as text ("eoSeaK4QJo"), or null when it is not shaped like one.</summary>
    public static OpenReviewId? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var id = text.Trim();
        return Shape().IsMatch(id) ? new OpenReviewId(id) : null;
    }

    internal static OpenReviewId? FromUrl(UrlParts url)
    {
        if (!url.IsHost("openreview.net") || url.Segments.Count != 1
            || !PaperPages.Contains(url.Segments[0], StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        // Only the "id" parameter names the forum; "noteId" names a reply inside it and a referrer's own "id=" is
        // percent-encoded inside its value, so reading parameters by name (not by substring) keeps them apart.
        var id = url.QueryValue("id");
        return id is null ? null : Parse(id);
    }

    // OpenReview ids are 9–11 characters of [A-Za-z0-9_-] in practice; allow some slack, never '/', '.', spaces.
    [GeneratedRegex(@"^[A-Za-z0-9_-]{5,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
