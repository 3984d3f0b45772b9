using SnnBib.Core.Model;
using SnnBib.Core.Text;

namespace SnnBib.Resolvers.Matching;

/// <summary>
/// First-author agreement. Sources split display names differently (arXiv "Yue Zhou", Crossref family "Zhou"; some
/// deposits swap family and given), so a family name agrees with the first author's family or given name; it
/// disagrees only when it names none of the record's authors (a reordered author list is not evidence either way).
/// </summary>
public static class AuthorAgreement
{
    public static Agreement Compare(string? family, IReadOnlyList<CslName> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        var wanted = Fold(family);
        if (wanted.Length == 0 || authors.Count == 0)
        {
            return Agreement.Unknown;
        }

        if (Names(authors[0]).Contains(wanted))
        {
            return Agreement.Agrees;
        }

        return authors.Any(a => Names(a).Contains(wanted)) ? Agreement.Unknown : Agreement.Disagrees;
    }

    /// <summary>
    /// Whether two records have the same first author: agrees when one's first author is the other's first author,
    /// disagrees when either's first author is none of the other's authors (two namesake papers), else unknown.
    /// </summary>
    public static Agreement CompareFirstAuthors(IReadOnlyList<CslName> one, IReadOnlyList<CslName> other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        var forward = Compare(FirstFamily(one), other);
        var backward = Compare(FirstFamily(other), one);
        if (forward == Agreement.Disagrees || backward == Agreement.Disagrees)
        {
            return Agreement.Disagrees;
        }

        return forward == Agreement.Agrees || backward == Agreement.Agrees ? Agreement.Agrees : Agreement.Unknown;
    }

    /// <summary>The folded family name of the first author, or null.</summary>
    public static string? FirstFamily(IReadOnlyList<CslName> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        if (authors.Count == 0)
        {
            return null;
        }

        var first = authors[0];
        var family = first.Family ?? LastWord(first.Literal);
        return string.IsNullOrWhiteSpace(family) ? null : family;
    }

    /// <summary>Every word of a name, folded: family, given and literal parts ("van der Berg" gives "van", "der", "berg", "vanderberg").</summary>
    private static HashSet<string> Names(CslName name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in new[] { name.Family, name.Given, name.Literal })
        {
            var folded = Fold(part);
            if (folded.Length == 0)
            {
                continue;
            }

            words.Add(folded);
            foreach (var word in Words(part!))
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static string? LastWord(string? text) => text is null ? null : Words(text).LastOrDefault();

    private static IEnumerable<string> Words(string text) =>
        AsciiFolding.Fold(text).ToLowerInvariant()
            .Split([' ', '-', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1);

    /// <summary>Lower-case ASCII letters only: "Müller-Lüdenscheidt" → "mullerludenscheidt".</summary>
    private static string Fold(string? text) =>
        text is null ? string.Empty : new string(AsciiFolding.Fold(text).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}
