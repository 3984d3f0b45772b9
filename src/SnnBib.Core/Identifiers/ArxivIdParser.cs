using System.Globalization;
using System.Text.RegularExpressions;

namespace SnnBib.Core.Identifiers;

/// <summary>
/// Reads arXiv identifiers: new style "YYMM.NNNN(N)" and old style "archive(.SUBJ)/YYMMNNN", each with an optional
/// "vN". Old-style ids are written without the subject class ("math.CA/0611800" → "math/0611800"), the form arXiv
/// itself uses in its API and DOIs.
/// </summary>
public static partial class ArxivIdParser
{
    private static readonly string[] PathKinds = ["abs", "pdf", "html", "format", "ps"];

    // The archives that had old-style ids (arXiv's identifier documentation); anything else is not an arXiv id.
    private static readonly HashSet<string> OldArchives = new(StringComparer.OrdinalIgnoreCase)
    {
        "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an", "chao-dyn", "chem-ph",
        "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex", "hep-lat", "hep-ph",
        "hep-th", "math", "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th", "patt-sol", "physics", "plasm-ph",
        "q-alg", "q-bio", "q-fin", "quant-ph", "solv-int", "stat", "supr-con",
    };

    /// <summary>An id written as text ("2401.01234v2", "arXiv:2401.01234", "math.CA/0611800"), or null.</summary>
    public static ArxivId? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidate = text.Trim();
        if (candidate.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase))
        {
            candidate = candidate[6..];
        }

        return ParseNewStyle(candidate) ?? ParseOldStyle(candidate);
    }

    /// <summary>The id in an arxiv.org (or ar5iv) abs/pdf/html URL, or null.</summary>
    internal static ArxivId? FromUrl(UrlParts url)
    {
        if (!url.IsHost("arxiv.org") && !url.IsHost("ar5iv.org"))
        {
            return null;
        }

        var kind = url.Segment(0);
        if (kind is null || !PathKinds.Contains(kind, StringComparer.OrdinalIgnoreCase) || url.Segments.Count < 2)
        {
            return null;
        }

        var id = url.Tail(1);
        if (id.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            id = id[..^4];
        }

        return Parse(id);
    }

    private static ArxivId? ParseNewStyle(string text)
    {
        var match = NewStyle().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var yymm = int.Parse(match.Groups["yymm"].Value, CultureInfo.InvariantCulture);
        var month = yymm % 100;
        var digits = match.Groups["number"].Value.Length;

        // New-style ids began in April 2007; the sequence number grew from 4 to 5 digits in January 2015.
        if (month is < 1 or > 12 || yymm < 704 || (yymm < 1501 ? digits != 4 : digits != 5))
        {
            return null;
        }

        return new ArxivId($"{match.Groups["yymm"].Value}.{match.Groups["number"].Value}", Version(match));
    }

    private static ArxivId? ParseOldStyle(string text)
    {
        var match = OldStyle().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["number"].Value;
        if (!OldArchives.Contains(match.Groups["archive"].Value))
        {
            return null;
        }

        var month = int.Parse(number.AsSpan(2, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return null;
        }

        return new ArxivId($"{match.Groups["archive"].Value.ToLowerInvariant()}/{number}", Version(match));
    }

    private static int? Version(Match match) =>
        match.Groups["version"].Success
            ? int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^(?<yymm>\d{4})\.(?<number>\d{4,5})(?:v(?<version>[1-9]\d{0,3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NewStyle();

    // archive ("math", "hep-th", "cond-mat"), optional subject class (".CA", ".stat-mech"), then YYMMNNN.
    [GeneratedRegex(
        @"^(?<archive>[A-Za-z]+(?:-[A-Za-z]+)?)(?:\.[A-Za-z]+(?:-[A-Za-z]+)?)?/(?<number>\d{7})(?:v(?<version>[1-9]\d{0,3}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex OldStyle();
}
