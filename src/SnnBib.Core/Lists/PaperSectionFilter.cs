using System.Text.RegularExpressions;

namespace SnnBib.Core.Lists;

/// <summary>
/// Decides by section whether a list item is a paper. With <see cref="ListReaderOptions.Sections"/> given, an item
/// is a paper when an enclosing heading or its group contains one of them. Otherwise: when the document has a
/// "Papers" heading, only items under one count; and never items under a non-paper heading (Books, Frameworks, …).
/// </summary>
internal sealed partial class PaperSectionFilter(ListReaderOptions options, bool documentHasPapersHeading)
{
    public bool IsPaperSection(IReadOnlyList<string> headings, string? group)
    {
        if (options.Sections.Count > 0)
        {
            return headings.Append(group ?? string.Empty)
                .Any(h => options.Sections.Any(s => h.Contains(s.Trim(), StringComparison.OrdinalIgnoreCase)));
        }

        if (documentHasPapersHeading && !headings.Any(IsPapersHeading))
        {
            return false;
        }

        return !headings.Any(IsNonPaperHeading);
    }

    public static bool IsPapersHeading(string heading) => PapersWord().IsMatch(heading);

    /// <summary>"Books", "Tools &amp; Frameworks", "Table of Contents" — every part names something other than papers.</summary>
    public static bool IsNonPaperHeading(string heading)
    {
        if (IsPapersHeading(heading))
        {
            return false;
        }

        var parts = PartSeparator().Split(heading.Trim())
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToArray();
        return parts.Length > 0 && parts.All(p => NonPaperPart().IsMatch(p));
    }

    [GeneratedRegex(@"\bpapers?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PapersWord();

    [GeneratedRegex(@"\s*(?:&|,|/|\band\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparator();

    [GeneratedRegex(
        @"^(?:the\s+|other\s+|useful\s+|related\s+)?(?:books?|frameworks?|repositor(?:y|ies)|tools?|toolbox(?:es)?|others?|contents|table of contents|toc|news|updates?|datasets?|benchmarks?|software|librar(?:y|ies)|simulators?|courses?|tutorials?|videos?|lectures?|talks?|blogs?|people|researchers?|labs?|contribut\w*|licen[cs]e|acknowledg\w*|citations?|how to cite|(?:awesome|similar|other|related) lists?|links|resources|misc(?:ellaneous)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonPaperPart();
}
