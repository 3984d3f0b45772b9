using System.Text;
using Flurl;
using SnnBib.Resolvers.Http;

namespace SnnBib.Resolvers.OpenReview;

/// <summary>OpenReview request URLs under <c>{base}/notes</c> (same paths on API 1 and API 2).</summary>
public static class OpenReviewQuery
{
    /// <summary>GET /notes?id=… : one note.</summary>
    public static Url NoteById(Uri baseUrl, string id) =>
        new Url(SourceSettings.Join(baseUrl, "notes")).SetQueryParam("id", id);

    /// <summary>POST /notes/search with {"ids": […]}: several notes in one call, as both Python clients do (get_notes_by_ids).</summary>
    public static Url NotesByIds(Uri baseUrl) => new(SourceSettings.Join(baseUrl, "notes/search"));

    /// <summary>The JSON body for <see cref="NotesByIds"/>.</summary>
    public static object IdsBody(IReadOnlyCollection<string> ids) => new Dictionary<string, object> { ["ids"] = ids.ToArray() };

    /// <summary>GET /notes/search?term=…&amp;type=terms&amp;content=title&amp;source=forum&amp;limit=…: free-text title search over submissions.</summary>
    public static Url TitleSearch(Uri baseUrl, string terms, int limit) =>
        new Url(SourceSettings.Join(baseUrl, "notes/search"))
            .SetQueryParam("term", terms)
            .SetQueryParam("type", "terms")
            .SetQueryParam("content", "title")
            .SetQueryParam("source", "forum")
            .SetQueryParam("limit", limit);

    /// <summary>The words of a title (letters and digits), for the search term; empty when none.</summary>
    public static string SearchTerms(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var sb = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(40));
    }
}
