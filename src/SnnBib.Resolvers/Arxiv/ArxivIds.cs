using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using SnnBib.Core.Identifiers;

namespace SnnBib.Resolvers.Arxiv;

/// <summary>
/// arXiv identifier syntax (arxiv-docs arxiv_identifier_for_services.md): new style <c>YYMM.NNNN</c> (2007–2014) or
/// <c>YYMM.NNNNN</c> (2015 on), old style <c>archive[.SC]/YYMMNNN</c>, each with an optional <c>vN</c>. The normal form drops
/// the version and the old-style subject class ("math.CA/0611800v2" → "math/0611800"), as arXiv's own external form does.
/// Deliberately looser than the list reader's <see cref="ArxivIdParser"/> (which also checks dates and archive names
/// to avoid reading ids out of unrelated URLs): here the question is only what arXiv's API accepts as well-formed —
/// it answers "0808.05394" with an empty feed (not found), not with a 400, and the two outcomes must stay distinct.
/// </summary>
public static partial class ArxivIds
{
    /// <summary>Prefix of the DataCite DOIs arXiv assigns (10.48550/arXiv.&lt;id&gt;).</summary>
    public const string DataCiteDoiPrefix = "10.48550/arxiv.";

    /// <summary>Parses an id, with or without "arXiv:" and version; false when it is not arXiv syntax (then do not send it).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? id, out int? version)
    {
        id = null;
        version = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (s.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase))
        {
            s = s[6..];
        }

        var modern = NewStyle().Match(s);
        if (modern.Success)
        {
            var month = int.Parse(modern.Groups["mm"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return false;
            }

            id = $"{modern.Groups["yy"].Value}{modern.Groups["mm"].Value}.{modern.Groups["n"].Value}";
            version = VersionOf(modern.Groups["v"]);
            return true;
        }

        var old = OldStyle().Match(s);
        if (old.Success)
        {
            id = $"{old.Groups["archive"].Value.ToLowerInvariant()}/{old.Groups["n"].Value}";
            version = VersionOf(old.Groups["v"]);
            return true;
        }

        return false;
    }

    /// <summary>The id and version in an entry's abs URL, e.g. "http://arxiv.org/abs/astro-ph/0601001v1".</summary>
    public static bool TryParseAbsUrl(string? url, [NotNullWhen(true)] out string? id, out int? version)
    {
        id = null;
        version = null;
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var marker = url.IndexOf("/abs/", StringComparison.OrdinalIgnoreCase);
        return marker >= 0 && TryParse(url[(marker + 5)..].Trim(), out id, out version);
    }

    /// <summary>The arXiv id a DataCite DOI names ("10.48550/arXiv.2312.07559" → "2312.07559"); false for other DOIs.</summary>
    public static bool TryParseDataCiteDoi(string? doi, [NotNullWhen(true)] out string? id)
    {
        id = null;
        return doi is not null
            && doi.Trim().StartsWith(DataCiteDoiPrefix, StringComparison.OrdinalIgnoreCase)
            && TryParse(doi.Trim()[DataCiteDoiPrefix.Length..], out id, out _);
    }

    /// <summary>The arXiv id a request's identifier names (an arXiv id, or an arXiv DataCite DOI), as given (not validated).</summary>
    public static string? RawIdOf(PaperIdentifier? identifier) => identifier switch
    {
        ArxivId arxiv => arxiv.Id,
        DoiId doi when doi.Doi.StartsWith(DataCiteDoiPrefix, StringComparison.OrdinalIgnoreCase) => doi.Doi[DataCiteDoiPrefix.Length..],
        _ => null,
    };

    private static int? VersionOf(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?<yy>\d{2})(?<mm>\d{2})\.(?<n>\d{4,5})(?:v(?<v>\d{1,3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NewStyle();

    [GeneratedRegex(@"^(?<archive>[A-Za-z]+(?:-[A-Za-z]+)*)(?:\.[A-Za-z]{2})?/(?<n>\d{7})(?:v(?<v>\d{1,3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex OldStyle();
}
