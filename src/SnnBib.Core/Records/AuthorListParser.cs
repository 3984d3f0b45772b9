using System.Text.RegularExpressions;
using SnnBib.Core.Model;

namespace SnnBib.Core.Records;

/// <summary>
/// Reads the author text of numbered-style lists ("Maass W and Markram H", "Muramatsu N and Yu HT") into names.
/// Only complete, unambiguous lists are read: anything with "et al.", "others" or a part that is not
/// "Family INITIALS" gives no authors, because a partial or guessed author list is worse than none.
/// </summary>
public static partial class AuthorListParser
{
    public static IReadOnlyList<CslName> Parse(string? authorsText)
    {
        if (string.IsNullOrWhiteSpace(authorsText) || Incomplete().IsMatch(authorsText))
        {
            return [];
        }

        var names = new List<CslName>();
        foreach (var part in Separator().Split(authorsText.Trim()))
        {
            var match = FamilyInitials().Match(part.Trim());
            if (!match.Success)
            {
                return [];
            }

            // Vancouver-style initials: every capital is one initial ("HT" → "H. T.").
            var given = string.Join(' ', match.Groups["initials"].Value.Select(c => $"{c}."));
            names.Add(CslName.Person(match.Groups["family"].Value, given));
        }

        return names;
    }

    [GeneratedRegex(@"\bet\s*al\b|\bothers\b|\betc\b", RegexOptions.IgnoreCase)]
    private static partial Regex Incomplete();

    [GeneratedRegex(@"\s+and\s+|\s*,\s*|\s*&\s*")]
    private static partial Regex Separator();

    // The family name must hold a lower-case letter so that initials are never read as a family name.
    [GeneratedRegex(@"^(?<family>\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)\s+(?<initials>\p{Lu}{1,3})\.?$")]
    private static partial Regex FamilyInitials();
}
