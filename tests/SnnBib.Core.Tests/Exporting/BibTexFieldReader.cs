using System.Text;
using SnnBib.Core.Text;

namespace SnnBib.Core.Tests.Exporting;

/// <summary>
/// A small reader for the tests: splits a .bib file into entries and fields the way BibTeX does (every brace counts),
/// and decodes a field value back to the text a reader sees (escapes, accent macros, math symbols, TeX dashes and
/// quotes; protection braces dropped). It fails loudly on unbalanced braces.
/// </summary>
internal static class BibTexFieldReader
{
    private static readonly Dictionary<string, string> Accents = new(StringComparer.Ordinal)
    {
        ["`"] = "\u0300", ["'"] = "\u0301", ["^"] = "\u0302", ["~"] = "\u0303", ["="] = "\u0304", ["."] = "\u0307",
        ["\""] = "\u0308", ["u"] = "\u0306", ["r"] = "\u030A", ["H"] = "\u030B", ["v"] = "\u030C", ["c"] = "\u0327",
        ["k"] = "\u0328", ["d"] = "\u0323", ["b"] = "\u0331",
    };

    private static readonly Dictionary<string, string> Commands = new(StringComparer.Ordinal)
    {
        ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textasciicircum"] = "^", ["textbraceleft"] = "{",
        ["textbraceright"] = "}", ["ldots"] = "…", ["textbullet"] = "•", ["textdegree"] = "°", ["textcopyright"] = "©",
        ["l"] = "ł", ["L"] = "Ł", ["o"] = "ø", ["O"] = "Ø", ["ss"] = "ß", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ",
        ["OE"] = "Œ", ["i"] = "ı", ["j"] = "ȷ", ["th"] = "þ", ["TH"] = "Þ", ["dh"] = "ð", ["DH"] = "Ð", ["dj"] = "đ",
        ["DJ"] = "Đ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["textquestiondown"] = "¿", ["textexclamdown"] = "¡",
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["leq"] = "≤", ["geq"] = "≥", ["rightarrow"] = "→",
        ["times"] = "×", ["pm"] = "±", ["infty"] = "∞", ["sim"] = "∼", ["mu"] = "μ",
    };

    public sealed record Entry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);

    public static IReadOnlyList<Entry> Parse(string bib)
    {
        var entries = new List<Entry>();
        var i = 0;
        while ((i = bib.IndexOf('@', i)) >= 0)
        {
            var open = bib.IndexOf('{', i);
            var type = bib[(i + 1)..open].Trim().ToLowerInvariant();
            var comma = bib.IndexOf(',', open);
            var key = bib[(open + 1)..comma].Trim();
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var p = comma + 1;
            while (true)
            {
                while (char.IsWhiteSpace(bib[p]) || bib[p] == ',')
                {
                    p++;
                }

                if (bib[p] == '}')
                {
                    p++;
                    break;
                }

                var eq = bib.IndexOf('=', p);
                var name = bib[p..eq].Trim();
                p = eq + 1;
                while (char.IsWhiteSpace(bib[p]))
                {
                    p++;
                }

                string value;
                if (bib[p] == '{')
                {
                    var depth = 0;
                    var start = p + 1;
                    do
                    {
                        depth += bib[p] == '{' ? 1 : bib[p] == '}' ? -1 : 0;
                        p++;
                        if (p >= bib.Length)
                        {
                            throw new FormatException($"unbalanced braces in {key}.{name}");
                        }
                    }
                    while (depth > 0);
                    value = bib[start..(p - 1)];
                }
                else
                {
                    var start = p;
                    while (bib[p] != ',' && bib[p] != '}' && !char.IsWhiteSpace(bib[p]))
                    {
                        p++;
                    }

                    value = bib[start..p];
                }

                if (!fields.TryAdd(name, value))
                {
                    throw new FormatException($"field {name} twice in {key}");
                }
            }

            entries.Add(new Entry(type, key, fields));
            i = p;
        }

        return entries;
    }

    /// <summary>The text a field value means; whitespace runs become one space unless <paramref name="keepLines"/>.</summary>
    public static string Decode(string value, bool keepLines = false)
    {
        var text = Decode(value, 0, value.Length);
        text = LatinDecomposition.Compose(text);
        return keepLines ? text : string.Join(' ', text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Decode(string s, int from, int to)
    {
        var sb = new StringBuilder();
        var i = from;
        while (i < to)
        {
            var c = s[i];
            if (c == '\\')
            {
                i = Command(s, i, to, sb);
            }
            else if (c == '$')
            {
                var close = s.IndexOf('$', i + 1);
                var content = s[(i + 1)..close].Replace(@"\%", "%", StringComparison.Ordinal)
                    .Replace(@"\#", "#", StringComparison.Ordinal).Replace(@"\&", "&", StringComparison.Ordinal);
                var trimmed = content.Trim();
                sb.Append(trimmed.StartsWith('\\') && Commands.TryGetValue(trimmed[1..], out var symbol) ? symbol
                    : trimmed.StartsWith(@"\mathrm{", StringComparison.Ordinal) ? trimmed[8..^1]
                    : "$" + content + "$");
                i = close + 1;
            }
            else if (c is '{' or '}')
            {
                i++;
            }
            else if (c == '~')
            {
                sb.Append('\u00A0');
                i++;
            }
            else if (c == '-' && i + 1 < to && s[i + 1] == '-')
            {
                var triple = i + 2 < to && s[i + 2] == '-';
                sb.Append(triple ? '—' : '–');
                i += triple ? 3 : 2;
            }
            else if (c is '`' or '\'' && i + 1 < to && s[i + 1] == c)
            {
                sb.Append(c == '`' ? '“' : '”');
                i += 2;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    private static int Command(string s, int i, int to, StringBuilder sb)
    {
        var next = s[i + 1];
        if (!char.IsAsciiLetter(next))
        {
            if (Accents.TryGetValue(next.ToString(), out var mark))
            {
                var (arg, end) = Argument(s, i + 2, to);
                sb.Append(arg).Append(mark);
                return end;
            }

            sb.Append(next == ',' ? '\u2009' : next);
            return i + 2;
        }

        var j = i + 1;
        while (j < to && char.IsAsciiLetter(s[j]))
        {
            j++;
        }

        var name = s[(i + 1)..j];
        if (name.Length == 1 && Accents.TryGetValue(name, out var letterAccent) && j < to && s[j] == '{')
        {
            var (arg, end) = Argument(s, j, to);
            sb.Append(arg).Append(letterAccent);
            return end;
        }

        if (name == "mbox")
        {
            return j;
        }

        sb.Append(Commands.TryGetValue(name, out var text) ? text : throw new FormatException($"unknown command \\{name}"));
        if (j + 1 < to && s[j] == '{' && s[j + 1] == '}')
        {
            j += 2;
        }

        return j;
    }

    // An accent's argument: a {group}, a letter macro such as \l, or one character.
    private static (string Text, int End) Argument(string s, int i, int to)
    {
        if (s[i] == '{')
        {
            var depth = 0;
            var j = i;
            do
            {
                depth += s[j] == '{' ? 1 : s[j] == '}' ? -1 : 0;
                j++;
            }
            while (depth > 0);
            return (Decode(s, i + 1, j - 1), j);
        }

        if (s[i] == '\\')
        {
            var sb = new StringBuilder();
            var end = Command(s, i, to, sb);
            return (sb.ToString(), end);
        }

        return (s[i].ToString(), i + 1);
    }
}
