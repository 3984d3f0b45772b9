using System.Text;
using Flurl;
using SnnBib.Resolvers.Http;

namespace SnnBib.Resolvers.Arxiv;

/// <summary>Builds arXiv API request URLs: <c>{base}/api/query</c> with id_list or search_query, start and max_results.</summary>
public static class ArxivQuery
{
    /// <summary>arXiv refuses pages above 2000 results (user manual §3.1.1.2).</summary>
    public const int MaxPageSize = 2000;

    public static Url IdList(Uri baseUrl, IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return new Url(SourceSettings.Join(baseUrl, "api/query"))
            .SetQueryParam("id_list", string.Join(',', ids))
            .SetQueryParam("start", 0)

            // Without max_results the default of 10 silently truncates a batch (apis.md §1.2).
            .SetQueryParam("max_results", ids.Count);
    }

    public static Url Search(Uri baseUrl, string searchQuery, int start, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(searchQuery);
        return new Url(SourceSettings.Join(baseUrl, "api/query"))
            .SetQueryParam("search_query", searchQuery)
            .SetQueryParam("start", start)
            .SetQueryParam("max_results", Math.Clamp(maxResults, 1, MaxPageSize))
            .SetQueryParam("sortBy", "relevance")
            .SetQueryParam("sortOrder", "descending");
    }

    /// <summary>
    /// A title phrase query, <c>ti:"words of the title"</c>, or null when no searchable word is left. Everything but letters,
    /// digits and single spaces is dropped: quotes would end the phrase, and parentheses, colons, brackets, wildcards,
    /// backslashes and LaTeX markup ($, {, }, \cmd) mean something to the query syntax or never match the indexed title.
    /// Hyphens become spaces ("Spike-driven" is indexed as two words). Boolean words inside the quotes are harmless.
    /// </summary>
    public static string? TitlePhrase(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var words = SearchWords(title);
        return words.Count == 0 ? null : $"ti:\"{string.Join(' ', words)}\"";
    }

    internal static List<string> SearchWords(string title)
    {
        var cleaned = new StringBuilder(title.Length);
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            if (c == '\\')
            {
                // Drop a LaTeX command name (\mathcal, \emph) but keep its argument.
                while (i + 1 < title.Length && char.IsAsciiLetter(title[i + 1]))
                {
                    i++;
                }

                cleaned.Append(' ');
            }
            else if (char.IsLetterOrDigit(c))
            {
                cleaned.Append(c);
            }
            else
            {
                cleaned.Append(' ');
            }
        }

        return cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
