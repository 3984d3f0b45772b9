using System.Text;
using Flurl;
using SnnBib.Resolvers.Http;

namespace SnnBib.Resolvers.Crossref;

/// <summary>Builds Crossref REST URLs under <c>{base}/works</c>, always with mailto when one is configured (polite pool).</summary>
public static class CrossrefQuery
{
    /// <summary>
    /// Fields kept in list answers (select works on /works lists only). Without it a list item carries the whole reference
    /// list, often tens of kilobytes per work.
    /// </summary>
    public const string SelectFields =
        "DOI,type,title,subtitle,author,container-title,short-container-title,event,publisher,volume,issue,page,"
        + "article-number,published-print,published-online,issued,published,abstract,URL,score";

    /// <summary>Longest title sent as a query; longer text is cut at a word boundary.</summary>
    public const int MaxQueryLength = 400;

    /// <summary><c>{base}/works/{doi}</c>, the DOI fully escaped (its slash as %2F, as recorded).</summary>
    public static Url Work(Uri baseUrl, string doi, string? mailto) =>
        WithMailto(new Url(SourceSettings.Join(baseUrl, "works")).AppendPathSegment(doi, fullyEncode: true), mailto);

    /// <summary>
    /// Several DOIs in one list request: repeating the doi filter ORs it (filter=doi:A,doi:B); rows ≥ count so none is cut off.
    /// DOIs containing a comma cannot be sent this way (the comma separates filters).
    /// </summary>
    public static Url DoiFilter(Uri baseUrl, IReadOnlyCollection<string> dois, string? mailto)
    {
        ArgumentNullException.ThrowIfNull(dois);
        var url = new Url(SourceSettings.Join(baseUrl, "works"))
            .SetQueryParam("filter", string.Join(',', dois.Select(d => "doi:" + d)))
            .SetQueryParam("rows", dois.Count)
            .SetQueryParam("select", SelectFields);
        return WithMailto(url, mailto);
    }

    /// <summary>A bibliographic search (query.bibliographic is Crossref's field for citation matching) returning up to <paramref name="rows"/> candidates.</summary>
    public static Url Bibliographic(Uri baseUrl, string title, int rows, string? mailto)
    {
        var url = new Url(SourceSettings.Join(baseUrl, "works"))
            .SetQueryParam("query.bibliographic", QueryText(title))
            .SetQueryParam("rows", rows)
            .SetQueryParam("select", SelectFields);
        return WithMailto(url, mailto);
    }

    /// <summary>The title as query text: LaTeX markup and control characters dropped, whitespace collapsed, length capped.</summary>
    public static string QueryText(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var sb = new StringBuilder(title.Length);
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            if (c == '\\')
            {
                while (i + 1 < title.Length && char.IsAsciiLetter(title[i + 1]))
                {
                    i++;
                }

                sb.Append(' ');
            }
            else if (c is '{' or '}' or '$' or '*' or '`' || char.IsControl(c))
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        var text = string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > MaxQueryLength)
        {
            var cut = text.LastIndexOf(' ', MaxQueryLength);
            text = text[..(cut > 0 ? cut : MaxQueryLength)];
        }

        return text;
    }

    private static Url WithMailto(Url url, string? mailto) =>
        string.IsNullOrWhiteSpace(mailto) ? url : url.SetQueryParam("mailto", mailto);
}
