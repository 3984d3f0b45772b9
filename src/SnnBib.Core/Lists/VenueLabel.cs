using System.Globalization;
using System.Text.RegularExpressions;

namespace SnnBib.Core.Lists;

/// <summary>A venue label as written ("ICLR 2024", "Frontiers in Neuroscience 2024") split into venue and year.</summary>
internal sealed partial record VenueLabel(string Text, string? Venue, int Year)
{
    private const int MaxLength = 80;
    private const int MaxWords = 10;

    /// <summary>
    /// The label in a parenthesised or bold group, or null when the group is not one: it must hold exactly one year
    /// 19xx/20xx and look like a short label, so a title's own "(SNN)" or "$O(L)$" is never taken for one.
    /// </summary>
    public static VenueLabel? TryParse(string content)
    {
        var text = InlineTokenizer.Collapse(content);
        if (text.Length is 0 or > MaxLength || text.Contains('$', StringComparison.Ordinal)
            || !char.IsLetterOrDigit(text[0]) || text.Split(' ').Length > MaxWords)
        {
            return null;
        }

        var years = YearPattern().Matches(text);
        if (years.Count != 1)
        {
            return null;
        }

        var year = int.Parse(years[0].Value, CultureInfo.InvariantCulture);
        var venue = InlineTokenizer.Collapse(text.Remove(years[0].Index, years[0].Length)).Trim(' ', ',', ';', ':', '-', '\'', '’');
        return new VenueLabel(text, venue.Length == 0 ? null : venue, year);
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:19|20)\d{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
