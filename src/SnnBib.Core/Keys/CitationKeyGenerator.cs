using System.Globalization;
using System.Text;
using SnnBib.Core.Model;
using SnnBib.Core.Text;

namespace SnnBib.Core.Keys;

/// <summary>
/// Makes citation keys like Google Scholar's and Better BibTeX's: first author's family name + year + first
/// significant title word ("guo2024ternary"). Pure and deterministic.
/// </summary>
/// <remarks>
/// Without a usable author (the list gives none, or the family name has no Latin letters) {auth} takes the first
/// significant title word and the title tokens move on to the following words, so "Ternary Spike: Learning …" of
/// 2024 becomes "ternary2024spike". With neither author nor title words {auth} is "anon" ("anon2024").
/// </remarks>
public static class CitationKeyGenerator
{
    public const string Anonymous = "anon";

    /// <summary>Words that never start a key: articles, conjunctions and prepositions.</summary>
    public static IReadOnlySet<string> StopWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "on", "in", "into", "onto", "at", "to", "for", "from",
        "by", "with", "without", "within", "via", "towards", "toward", "about", "over", "under", "upon", "through",
        "between", "beyond", "as", "per", "vs", "versus",
    };

    /// <summary>The key the format gives for an item, before collisions are resolved.</summary>
    public static string Generate(CslItem item, CitationKeyFormat format)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(format);
        var words = SignificantWords(item.Title);
        var author = AuthorWord(item.Author);
        if (author.Length == 0 && words.Count > 0)
        {
            author = words[0];
            words = words.Skip(1).ToList();
        }
        else if (author.Length == 0)
        {
            author = Anonymous;
        }

        var key = new StringBuilder();
        foreach (var part in format.Parts)
        {
            key.Append(part.Token switch
            {
                null => part.Literal,
                KeyToken.Auth => author,
                KeyToken.AuthCapitalised => Capitalise(author),
                KeyToken.Year => item.Issued?.Year.ToString("D4", CultureInfo.InvariantCulture) ?? string.Empty,
                KeyToken.Title => words.Count > 0 ? words[0] : string.Empty,
                KeyToken.TitleCapitalised => words.Count > 0 ? Capitalise(words[0]) : string.Empty,
                KeyToken.ShortTitle => string.Concat(words.Take(3).Select(Capitalise)),
                _ => string.Empty,
            });
        }

        var result = key.ToString();
        return result.Any(char.IsAsciiLetterOrDigit)
            ? result
            : Anonymous + (item.Issued?.Year.ToString("D4", CultureInfo.InvariantCulture) ?? string.Empty);
    }

    /// <summary>
    /// The key itself when free, else the key with the first free suffix a, b, …, z, aa, ab, … (so the paper that
    /// had the key first keeps it and later ones in list order get a, b, …).
    /// </summary>
    public static string Disambiguate(string key, Func<string, bool> isTaken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(isTaken);
        if (!isTaken(key))
        {
            return key;
        }

        for (var n = 1; ; n++)
        {
            var candidate = key + Suffix(n);
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>1 → "a", 26 → "z", 27 → "aa" (bijective base 26).</summary>
    public static string Suffix(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var sb = new StringBuilder();
        while (n > 0)
        {
            n--;
            sb.Insert(0, (char)('a' + (n % 26)));
            n /= 26;
        }

        return sb.ToString();
    }

    /// <summary>Title words folded to lower-case ASCII letters and digits, stop words and empty words left out.</summary>
    public static IReadOnlyList<string> SignificantWords(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return [];
        }

        return title
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => LettersAndDigits(w))
            .Where(w => w.Length > 0 && !StopWords.Contains(w))
            .ToList();
    }

    private static string AuthorWord(IReadOnlyList<CslName> authors)
    {
        if (authors.Count == 0)
        {
            return string.Empty;
        }

        var first = authors[0];
        if (!string.IsNullOrWhiteSpace(first.Family))
        {
            return Letters(first.Family);
        }

        // An organisation: its first significant word ("IEEE Standards Association" → "ieee").
        return SignificantWords(first.Literal).Select(Letters).FirstOrDefault(w => w.Length > 0) ?? string.Empty;
    }

    private static string Letters(string text) =>
        new([.. AsciiFolding.Fold(text).ToLowerInvariant().Where(char.IsAsciiLetterLower)]);

    private static string LettersAndDigits(string text) =>
        new([.. AsciiFolding.Fold(text).ToLowerInvariant().Where(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))]);

    private static string Capitalise(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
