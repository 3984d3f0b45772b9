using System.Globalization;
using System.Text;

namespace SnnBib.Core.Text;

/// <summary>Normalises titles for comparison: case, accents, LaTeX braces and commands, punctuation, hyphens, spacing.</summary>
public static class TitleNormalizer
{
    /// <summary>Lower-case ASCII words separated by single spaces, e.g. "Spike-driven Transformer V2" → "spike driven transformer v2".</summary>
    public static string Normalize(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var folded = AsciiFolding.Fold(StripLatex(title));
        var sb = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>The normalised words of a title.</summary>
    public static IReadOnlyList<string> Words(string title) =>
        Normalize(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // "{SNN}" → "SNN", "\emph{x}" → "x", "$O(L)$" → "O(L)": compare what a reader sees.
    private static string StripLatex(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\\' && i + 1 < s.Length && char.IsAsciiLetter(s[i + 1]))
            {
                while (i + 1 < s.Length && char.IsAsciiLetter(s[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (c is '{' or '}' or '$')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
