namespace SnnBib.Core.Text;

/// <summary>
/// How alike two titles are, from 0 (nothing shared) to 1 (the same title as a reader sees it).
/// Tolerates case, accents, punctuation, LaTeX markup, hyphenation ("Spatio-Temporal" = "Spatiotemporal"),
/// small words ("a", "of", "for", "on"…), plurals and single-letter typos in long words; a changed content word
/// or number is never tolerated, and the same words in another order score lower. The score is the Dice overlap of
/// the content words (near words count 0.85), times 0.5 + 0.5 × the share of matched words in the same order.
/// </summary>
public static class TitleSimilarity
{
    /// <summary>Words whose presence or absence does not make another paper (lists often drop or add them).</summary>
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "on", "in", "to", "with", "and", "or", "via", "by", "at", "from", "into",
        "through", "as", "is", "are", "its", "their",
    };

    /// <summary>Credit for a word that matches only as a plural or with one typo: near, not equal.</summary>
    private const double FuzzyCredit = 0.85;

    /// <summary>
    /// Score given when one title is exactly the other's main title (the part before ':') with the subtitle left out:
    /// enough to confirm an identifier's record, too little to accept a search hit.
    /// </summary>
    public const double SubtitleOmittedScore = 0.9;

    public static double Score(string? first, string? second)
    {
        if (string.IsNullOrWhiteSpace(first) || string.IsNullOrWhiteSpace(second))
        {
            return 0;
        }

        var full = WordScore(TitleNormalizer.Words(first), TitleNormalizer.Words(second));
        if (full >= 1)
        {
            return 1;
        }

        var mainFirst = MainTitle(first);
        var mainSecond = MainTitle(second);
        var subtitleOmitted =
            (mainFirst is not null && WordScore(TitleNormalizer.Words(mainFirst), TitleNormalizer.Words(second)) >= 1) ||
            (mainSecond is not null && WordScore(TitleNormalizer.Words(first), TitleNormalizer.Words(mainSecond)) >= 1);
        return subtitleOmitted ? Math.Max(full, SubtitleOmittedScore) : full;
    }

    /// <summary>The part before the first ':' when both parts have words, else null.</summary>
    private static string? MainTitle(string title)
    {
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var main = title[..colon];
        return TitleNormalizer.Words(main).Count > 0 && TitleNormalizer.Words(title[(colon + 1)..]).Count > 0 ? main : null;
    }

    private static double WordScore(IReadOnlyList<string> firstWords, IReadOnlyList<string> secondWords)
    {
        if (firstWords.Count == 0 || secondWords.Count == 0)
        {
            return 0;
        }

        if (string.Concat(firstWords) == string.Concat(secondWords))
        {
            return 1;
        }

        var first = JoinCompounds(firstWords, secondWords);
        var second = JoinCompounds(secondWords, first);
        var firstContent = ContentWords(first);
        var secondContent = ContentWords(second);
        if (firstContent.Count == 0 || secondContent.Count == 0)
        {
            (firstContent, secondContent) = (first, second);
        }

        var (credit, pairs) = Match(firstContent, secondContent);
        var dice = 2 * credit / (firstContent.Count + secondContent.Count);

        // Same words in another order are another title ("Deep Residual Learning in Spiking Neural Networks" vs
        // "Advancing Spiking Neural Networks Towards Deep Residual Learning", two papers of the seed list).
        var inOrder = pairs.Count <= 1 ? 1.0 : (double)LongestIncreasingRun(pairs) / pairs.Count;
        return dice * (0.5 + (0.5 * inOrder));
    }

    /// <summary>Joins adjacent words whose concatenation is a word of the other title ("multi hierarchical" → "multihierarchical").</summary>
    private static List<string> JoinCompounds(IReadOnlyList<string> words, IReadOnlyList<string> other)
    {
        var otherSet = other.ToHashSet(StringComparer.Ordinal);
        var result = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (i + 2 < words.Count && otherSet.Contains(words[i] + words[i + 1] + words[i + 2]) && !otherSet.Contains(words[i]))
            {
                result.Add(words[i] + words[i + 1] + words[i + 2]);
                i += 2;
            }
            else if (i + 1 < words.Count && otherSet.Contains(words[i] + words[i + 1]) && !otherSet.Contains(words[i]))
            {
                result.Add(words[i] + words[i + 1]);
                i++;
            }
            else
            {
                result.Add(words[i]);
            }
        }

        return result;
    }

    private static List<string> ContentWords(List<string> words) => words.Where(w => !SmallWords.Contains(w)).ToList();

    /// <summary>
    /// Exact matches first, then near ones (plural, one typo), each word used at most once. Returns the credit and
    /// the matched positions (index in first, index in second), ordered by the first.
    /// </summary>
    private static (double Credit, List<(int First, int Second)> Pairs) Match(List<string> first, List<string> second)
    {
        var usedFirst = new bool[first.Count];
        var usedSecond = new bool[second.Count];
        var pairs = new List<(int First, int Second)>();
        double credit = 0;
        foreach (var near in new[] { false, true })
        {
            for (var i = 0; i < first.Count; i++)
            {
                if (usedFirst[i])
                {
                    continue;
                }

                for (var j = 0; j < second.Count; j++)
                {
                    if (!usedSecond[j] && (near ? AreNear(first[i], second[j]) : first[i] == second[j]))
                    {
                        usedFirst[i] = usedSecond[j] = true;
                        pairs.Add((i, j));
                        credit += near ? FuzzyCredit : 1;
                        break;
                    }
                }
            }
        }

        pairs.Sort();
        return (credit, pairs);
    }

    /// <summary>How many matched words keep their relative order (longest increasing run of second-title positions).</summary>
    private static int LongestIncreasingRun(List<(int First, int Second)> pairs)
    {
        var tails = new List<int>();
        foreach (var (_, position) in pairs)
        {
            var at = tails.BinarySearch(position);
            at = at < 0 ? ~at : at;
            if (at == tails.Count)
            {
                tails.Add(position);
            }
            else
            {
                tails[at] = position;
            }
        }

        return tails.Count;
    }

    /// <summary>Plural forms, or one edit in a word of six letters or more. Words with digits must be equal.</summary>
    internal static bool AreNear(string a, string b)
    {
        if (a.Any(char.IsAsciiDigit) || b.Any(char.IsAsciiDigit))
        {
            return false;
        }

        if (IsPlural(a, b) || IsPlural(b, a))
        {
            return true;
        }

        return Math.Min(a.Length, b.Length) >= 6 && IsOneEditApart(a, b);
    }

    private static bool IsPlural(string singular, string plural) =>
        singular.Length >= 3 &&
        (plural == singular + "s" || plural == singular + "es" ||
         (singular.EndsWith('y') && plural == singular[..^1] + "ies"));

    /// <summary>One substitution, insertion, deletion or swap of neighbours (Damerau distance 1).</summary>
    private static bool IsOneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (a.Length == b.Length)
        {
            var restA = a[(prefix + 1)..];
            var restB = b[(prefix + 1)..];
            if (restA == restB)
            {
                return true;
            }

            return prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix] &&
                   a[(prefix + 2)..] == b[(prefix + 2)..];
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter[prefix..] == longer[(prefix + 1)..];
    }
}
