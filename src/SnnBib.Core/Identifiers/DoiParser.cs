using System.Text.RegularExpressions;

namespace SnnBib.Core.Identifiers;

/// <summary>
/// Reads DOIs from text and from URLs: doi.org links, publisher pages that carry the DOI in their path
/// (science.org/doi/…, frontiersin.org/…/10.3389/…, link.springer.com/…), and publishers whose page names map to a
/// DOI by a fixed rule (nature.com/articles/X → 10.1038/X, ijcai.org/proceedings/YYYY/NNNN → 10.24963/ijcai.YYYY/N).
/// DOIs are case-insensitive, so they are lower-cased. arXiv's own DOIs (10.48550/arXiv.X) become arXiv ids.
/// </summary>
public static partial class DoiParser
{
    // Page-view suffixes publishers append after the DOI; they are not part of it.
    private static readonly string[] ViewSuffixes =
    [
        "/full", "/abstract", "/abs", "/pdf", "/epdf", "/fulltext", "/html", "/meta", "/summary", "/references",
        "/figures", "/metrics", ".pdf", ".full", ".abstract", ".html",
    ];

    // Code hosts can carry DOI-like paths (a repository named after a paper); they never name the paper.
    private static readonly string[] CodeHosts = ["github.com", "gitlab.com", "bitbucket.org", "huggingface.co"];

    /// <summary>A DOI written as text ("10.1126/sciadv.adi1480", "doi:10.…", "https://doi.org/10.…"), or null.</summary>
    public static PaperIdentifier? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidate = text.Trim();
        if (candidate.StartsWith("doi:", StringComparison.OrdinalIgnoreCase))
        {
            candidate = candidate[4..].Trim();
        }

        var url = UrlParts.From(candidate);
        return url is not null ? FromUrl(url) : Normalize(candidate, biorxiv: false);
    }

    internal static PaperIdentifier? FromUrl(UrlParts url)
    {
        if (CodeHosts.Any(url.IsHost))
        {
            return null;
        }

        if (url.Host is "doi.org" or "dx.doi.org")
        {
            return Normalize(url.Tail(0), biorxiv: false);
        }

        if (url.IsHost("nature.com"))
        {
            return FromNature(url);
        }

        if (url.IsHost("ijcai.org"))
        {
            return FromIjcai(url);
        }

        var biorxiv = url.IsHost("biorxiv.org") || url.IsHost("medrxiv.org");
        for (var i = 0; i < url.Segments.Count - 1; i++)
        {
            if (Prefix().IsMatch(url.Segments[i]))
            {
                return Normalize(url.Tail(i), biorxiv);
            }
        }

        return null;
    }

    /// <summary>Lower-cased, view suffixes and trailing punctuation removed; null when it is not shaped like a DOI.</summary>
    private static PaperIdentifier? Normalize(string text, bool biorxiv)
    {
        var doi = text.Trim().ToLowerInvariant();
        while (true)
        {
            var trimmed = TrimTrailingPunctuation(doi);
            foreach (var suffix in ViewSuffixes)
            {
                if (trimmed.EndsWith(suffix, StringComparison.Ordinal))
                {
                    trimmed = trimmed[..^suffix.Length];
                }
            }

            if (biorxiv)
            {
                // bioRxiv/medRxiv page names add "vN" to the DOI ("10.1101/2020.06.17.156513v1").
                trimmed = BiorxivVersion().Replace(trimmed, string.Empty);
            }

            if (trimmed == doi)
            {
                break;
            }

            doi = trimmed;
        }

        if (!Shape().IsMatch(doi))
        {
            return null;
        }

        var arxiv = ArxivDoi().Match(doi);
        if (arxiv.Success)
        {
            return ArxivIdParser.Parse(arxiv.Groups["id"].Value);
        }

        return new DoiId(doi);
    }

    // Closing brackets stay when the DOI opened them: "10.1016/0006-8993(91)90227-f" is a real DOI.
    private static string TrimTrailingPunctuation(string doi)
    {
        while (doi.Length > 0)
        {
            var last = doi[^1];
            if (last is '.' or ',' or ';' or ':' or '"' or '\'' or '/'
                || (last == ')' && doi.Count(c => c == '(') < doi.Count(c => c == ')'))
                || (last == ']' && doi.Count(c => c == '[') < doi.Count(c => c == ']')))
            {
                doi = doi[..^1];
                continue;
            }

            break;
        }

        return doi;
    }

    private static PaperIdentifier? FromNature(UrlParts url)
    {
        if (url.Segments.Count != 2 || !url.Segments[0].Equals("articles", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var article = url.Segments[1].ToLowerInvariant();
        if (article.EndsWith(".pdf", StringComparison.Ordinal))
        {
            article = article[..^4];
        }

        return NatureArticle().IsMatch(article) ? new DoiId("10.1038/" + article) : null;
    }

    private static PaperIdentifier? FromIjcai(UrlParts url)
    {
        var match = IjcaiPath().Match(url.Tail(0));
        if (!match.Success)
        {
            return null;
        }

        // IJCAI has registered DOIs (prefix 10.24963) since its 2017 proceedings; the paper number loses its zeros.
        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var number = match.Groups["number"].Value.TrimStart('0');
        return year >= 2017 && number.Length > 0 ? new DoiId($"10.24963/ijcai.{year}/{number}") : null;
    }

    [GeneratedRegex(@"^10\.\d{4,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^10\.48550/arxiv\.(?<id>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivDoi();

    [GeneratedRegex(@"(?<=^10\.1101/\S+)v\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex BiorxivVersion();

    [GeneratedRegex(@"^(?:[a-z]\d{5}-\d{3}-\d{4,6}-[0-9a-z]|[a-z]+\.?\d+[a-z0-9.-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NatureArticle();

    [GeneratedRegex(@"^proceedings/(?<year>(?:19|20)\d{2})/(?<number>\d{1,5})(?:\.pdf)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IjcaiPath();
}
