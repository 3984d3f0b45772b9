using System.Globalization;
using System.Text;

namespace SnnBib.Core.Text;

/// <summary>Folds text to ASCII: accents removed (é → e), a few letters transliterated (ß → ss, ł → l, ø → o).</summary>
public static class AsciiFolding
{
    private static readonly Dictionary<char, string> Special = new()
    {
        ['ß'] = "ss", ['ł'] = "l", ['Ł'] = "L", ['ø'] = "o", ['Ø'] = "O", ['đ'] = "d", ['Đ'] = "D",
        ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE", ['þ'] = "th", ['Þ'] = "Th", ['ı'] = "i",
        ['‐'] = "-", ['‑'] = "-", ['‒'] = "-", ['–'] = "-", ['—'] = "-", ['’'] = "'", ['‘'] = "'",
        ['“'] = "\"", ['”'] = "\"",
    };

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // LatinDecomposition, not string.Normalize: the latter is a no-op under InvariantGlobalization on Linux.
        var decomposed = LatinDecomposition.Decompose(text.Normalize(NormalizationForm.FormD));
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c < 128)
            {
                sb.Append(c);
            }
            else if (Special.TryGetValue(c, out var replacement))
            {
                sb.Append(replacement);
            }
            else
            {
                // Keep other characters (e.g. Han) so callers can decide; they are not ASCII letters.
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
