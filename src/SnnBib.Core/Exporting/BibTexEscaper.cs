using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SnnBib.Core.Model;
using SnnBib.Core.Text;

namespace SnnBib.Core.Exporting;

/// <summary>
/// Turns plain text into BibTeX field values that mean the same text. Both flavours escape
/// <c>&amp; % $ # _ { } ~ ^ \</c>, keep balanced math such as <c>$O(L)$</c> as math, and keep braces balanced.
/// The ASCII flavour (classic BibTeX) also writes every non-ASCII character as a LaTeX macro in braces
/// (<c>{\"u}</c>, <c>{\'A}</c>, <c>{\l}</c>, <c>{$\alpha$}</c>); the Unicode flavour (biblatex) keeps UTF-8.
/// </summary>
/// <remarks>
/// Escapes: <c>\&amp; \% \$ \# \_</c>; backslash → <c>\textbackslash{}</c>; <c>~</c> → <c>\textasciitilde{}</c>;
/// <c>^</c> → <c>\textasciicircum{}</c>; a brace with a partner → <c>\{</c> / <c>\}</c> (BibTeX counts those too,
/// so only matched pairs are written that way), an unmatched one → <c>\textbraceleft{}</c> / <c>\textbraceright{}</c>.
/// Math: a <c>$…$</c> pair whose opening <c>$</c> is followed and whose closing <c>$</c> is preceded by a non-space,
/// whose closing <c>$</c> is not followed by a digit, and whose content has balanced braces; any other <c>$</c> is
/// text. Characters with no LaTeX macro (e.g. Han characters) become their compatibility (NFKD) form when that is
/// ASCII, else "?" — the biblatex export keeps them exactly.
/// </remarks>
public sealed partial class BibTexEscaper
{
    private BibTexEscaper(bool ascii) => IsAscii = ascii;

    /// <summary>Classic BibTeX: 7-bit output.</summary>
    public static BibTexEscaper Ascii { get; } = new(ascii: true);

    /// <summary>biblatex/biber: UTF-8 output.</summary>
    public static BibTexEscaper Unicode { get; } = new(ascii: false);

    public bool IsAscii { get; }

    /// <summary>A title: escaped, math in braces, acronyms and mixed-case words protected one brace group each.</summary>
    public string Title(string text) => Escape(SingleLine(text), protectCase: true);

    /// <summary>Any other one-line field (booktitle, journal, howpublished, note, name parts).</summary>
    public string Text(string text) => Escape(SingleLine(text), protectCase: false);

    /// <summary>A multi-line field: line breaks kept as single newlines, empty lines dropped (a blank line is \par to TeX).</summary>
    public string Abstract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Clean(text).Split('\n')
            .Select(l => Spaces().Replace(l, " ").Trim())
            .Where(l => l.Length > 0);
        return Escape(string.Join('\n', lines), protectCase: false);
    }

    /// <summary>A page range with BibTeX's en dash between first and last page ("12--34").</summary>
    public string Pages(string page)
    {
        var (first, last) = PageRange.Split(page);
        return last is null ? Text(first) : Text(first) + "--" + Text(last);
    }

    /// <summary>Names as "Family, Given and Family, Given"; organisations (literal names) in one brace group.</summary>
    public string Names(IEnumerable<CslName> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return string.Join(" and ", names.Select(Name).Where(n => n.Length > 0));
    }

    public string Name(CslName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var family = Blank(name.Family);
        var given = Blank(name.Given);
        if (family is null)
        {
            var literal = Blank(name.Literal) ?? given;
            return literal is null ? string.Empty : "{" + Text(literal) + "}";
        }

        var familyText = Shield(Text(family));
        return given is null ? familyText : familyText + ", " + Shield(Text(given));
    }

    /// <summary>
    /// A value used as an identifier (url, doi, eprint): written as is, except that characters BibTeX or LaTeX would
    /// read differently (braces, backslash, whitespace, and non-ASCII in the ASCII flavour) are percent-encoded; existing %XX
    /// escapes stay as they are.
    /// </summary>
    public string Verbatim(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.Trim().EnumerateRunes())
        {
            var encode = rune.Value is '{' or '}' or '\\' || Rune.IsWhiteSpace(rune) || Rune.IsControl(rune)
                || (IsAscii && rune.Value > 127);
            if (!encode)
            {
                sb.Append(rune.ToString());
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>True when a word must keep its capitals: acronyms (SNN, Q-K), mixed case (ResNet), capitals with digits (V2, 3D).</summary>
    public static bool NeedsCaseProtection(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = word.Where(char.IsLetter).ToList();
        if (letters.Count >= 2 && letters.All(char.IsUpper))
        {
            return true;
        }

        if (letters.Any(char.IsUpper) && word.Any(char.IsDigit))
        {
            return true;
        }

        foreach (var part in word.Split('-', '/', '\u2010', '\u2011'))
        {
            for (var i = 1; i < part.Length; i++)
            {
                if (char.IsUpper(part[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    // "Smith and Sons" or "Doe, Jr." would be read as two names or as "Last, First": one brace group keeps it whole.
    private static string Shield(string part) =>
        part.Contains(',', StringComparison.Ordinal) || AndWord().IsMatch(part) ? "{" + part + "}" : part;

    /// <summary>
    /// The characters of <paramref name="text"/> that classic (7-bit) BibTeX has no macro or ASCII form for and
    /// writes as "?", distinct, in order of appearance; empty when the text survives whole.
    /// </summary>
    public static IReadOnlyList<string> Unwritable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Clean(text).EnumerateRunes().Where(r => r.Value >= 128 && TextMacro(r) == "?").Select(r => r.ToString()).Distinct()];
    }

    private static string SingleLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Spaces().Replace(Clean(text), " ").Trim();
    }

    // Composed letters (NFC; LatinDecomposition where Normalize is a no-op); CR LF → LF; tabs and other control characters → space.
    private static string Clean(string text)
    {
        var s = LatinDecomposition.Compose(text.Normalize(NormalizationForm.FormC)).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                // Invisible format characters (zero-width space, joiners, BOM, tags): pdfLaTeX rejects them, readers never see them.
                continue;
            }

            if (rune.Value == '\n')
            {
                sb.Append('\n');
            }
            else if (Rune.IsControl(rune) || rune.Value is 0x2028 or 0x2029)
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(rune.ToString());
            }
        }

        return sb.ToString();
    }

    private string Escape(string text, bool protectCase)
    {
        var math = MathSpans(text);
        var matched = MatchedBraces(text, math);
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        foreach (var (start, end) in math.Append((text.Length, text.Length)))
        {
            EscapeText(text, i, start, protectCase, matched, sb);
            if (start < text.Length)
            {
                var content = EscapeMath(text[(start + 1)..(end - 1)]);
                sb.Append(protectCase ? "{$" : "$").Append(content).Append(protectCase ? "$}" : "$");
            }

            i = end;
        }

        return sb.ToString();
    }

    // Escapes text[from..to), word by word so that case protection wraps whole words.
    private void EscapeText(string text, int from, int to, bool protectCase, HashSet<int> matched, StringBuilder sb)
    {
        var i = from;
        while (i < to)
        {
            if (text[i] is ' ' or '\n')
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            var wordEnd = i;
            while (wordEnd < to && text[wordEnd] is not (' ' or '\n'))
            {
                wordEnd++;
            }

            var coreStart = i;
            while (coreStart < wordEnd && !char.IsLetterOrDigit(text, coreStart))
            {
                coreStart++;
            }

            var coreEnd = wordEnd;
            while (coreEnd > coreStart && !char.IsLetterOrDigit(text[coreEnd - 1]) && !char.IsLowSurrogate(text[coreEnd - 1]))
            {
                coreEnd--;
            }

            var protect = protectCase && coreEnd > coreStart && NeedsCaseProtection(text[coreStart..coreEnd]);
            if (!protect)
            {
                EscapeRange(text, i, wordEnd, matched, sb);
            }
            else
            {
                EscapeRange(text, i, coreStart, matched, sb);
                sb.Append('{');
                EscapeRange(text, coreStart, coreEnd, matched, sb);
                sb.Append('}');
                EscapeRange(text, coreEnd, wordEnd, matched, sb);
            }

            i = wordEnd;
        }
    }

    private void EscapeRange(string text, int from, int to, HashSet<int> matched, StringBuilder sb)
    {
        var i = from;
        while (i < to)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i, to - i), out var rune, out var consumed);
            sb.Append(rune.Value switch
            {
                '\\' => @"\textbackslash{}",
                '{' => matched.Contains(i) ? @"\{" : @"\textbraceleft{}",
                '}' => matched.Contains(i) ? @"\}" : @"\textbraceright{}",
                '&' or '%' or '$' or '#' or '_' => "\\" + (char)rune.Value,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                // TeX reads "--", "``" and "''" as dashes and quotes: an empty group keeps the characters literal.
                '-' or '`' or '\'' when i + 1 < to && text[i + 1] == text[i] => (char)rune.Value + "{}",
                < 128 => ((char)rune.Value).ToString(),
                _ => IsAscii ? TextMacro(rune) : rune.ToString(),
            });
            i += consumed;
        }
    }

    // Inside math only what TeX would misread in any mode is escaped; the ASCII flavour maps symbols to math macros.
    private string EscapeMath(string content)
    {
        var sb = new StringBuilder(content.Length + 8);
        for (var i = 0; i < content.Length;)
        {
            Rune.DecodeFromUtf16(content.AsSpan(i), out var rune, out var consumed);
            var escaped = i > 0 && content[i - 1] == '\\';
            sb.Append(rune.Value switch
            {
                '%' or '#' or '&' when !escaped => "\\" + (char)rune.Value,
                < 128 => ((char)rune.Value).ToString(),
                _ => IsAscii ? MathMacro(rune) : rune.ToString(),
            });
            i += consumed;
        }

        return sb.ToString();
    }

    /// <summary>The (start, end) of each math span, end exclusive and including both dollars.</summary>
    private static List<(int Start, int End)> MathSpans(string s)
    {
        var spans = new List<(int, int)>();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '$')
            {
                continue;
            }

            var close = s.IndexOf('$', i + 1);
            if (close > i + 1
                && !char.IsWhiteSpace(s[i + 1])
                && !char.IsWhiteSpace(s[close - 1])
                && (close + 1 == s.Length || !char.IsAsciiDigit(s[close + 1]))
                && s[(i + 1)..close].IndexOf('\n', StringComparison.Ordinal) < 0
                && BracesBalanced(s.AsSpan(i + 1, close - i - 1)))
            {
                spans.Add((i, close + 1));
                i = close;
            }
        }

        return spans;
    }

    private static bool BracesBalanced(ReadOnlySpan<char> s)
    {
        var depth = 0;
        foreach (var c in s)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    /// <summary>Positions of literal braces outside math that have a partner (written \{ \}); the rest get text macros.</summary>
    private static HashSet<int> MatchedBraces(string s, List<(int Start, int End)> math)
    {
        var matched = new HashSet<int>();
        var open = new Stack<int>();
        var m = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (m < math.Count && i == math[m].Start)
            {
                i = math[m].End - 1;
                m++;
                continue;
            }

            if (s[i] == '{')
            {
                open.Push(i);
            }
            else if (s[i] == '}' && open.Count > 0)
            {
                matched.Add(open.Pop());
                matched.Add(i);
            }
        }

        return matched;
    }

    [GeneratedRegex(@"[ \t\n]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\band\b", RegexOptions.IgnoreCase)]
    private static partial Regex AndWord();
}
