using System.Text;
using SnnBib.Core.Text;

namespace SnnBib.Core.Exporting;

/// <summary>The ASCII flavour's tables: Unicode characters → LaTeX macros (text mode and math mode).</summary>
public sealed partial class BibTexEscaper
{
    // Combining marks → accent macros. Symbol accents take the letter directly ({\'e}); letter accents need a group ({\v{c}}).
    private static readonly Dictionary<int, string> Accents = new()
    {
        [0x0300] = "`", [0x0301] = "'", [0x0302] = "^", [0x0303] = "~", [0x0304] = "=", [0x0307] = ".", [0x0308] = "\"",
        [0x0306] = "u", [0x030A] = "r", [0x030B] = "H", [0x030C] = "v", [0x0327] = "c", [0x0328] = "k", [0x0323] = "d",
        [0x0331] = "b",
    };

    // Letters that are not an ASCII letter plus accents. \dh, \th, \ng, \dj and \k need T1 font encoding.
    private static readonly Dictionary<int, string> Letters = new()
    {
        ['ł'] = @"\l", ['Ł'] = @"\L", ['ø'] = @"\o", ['Ø'] = @"\O", ['ß'] = @"\ss", ['æ'] = @"\ae", ['Æ'] = @"\AE",
        ['œ'] = @"\oe", ['Œ'] = @"\OE", ['ı'] = @"\i", ['ȷ'] = @"\j", ['þ'] = @"\th", ['Þ'] = @"\TH", ['ð'] = @"\dh",
        ['Ð'] = @"\DH", ['đ'] = @"\dj", ['Đ'] = @"\DJ", ['ŋ'] = @"\ng", ['Ŋ'] = @"\NG",
    };

    // Punctuation and symbols with a text-mode form (written as is, no extra braces).
    private static readonly Dictionary<int, string> Symbols = new()
    {
        ['\u00A0'] = "~", ['\u2009'] = @"\,", ['\u202F'] = @"\,", ['\u2013'] = "--", ['\u2014'] = "---", ['\u2010'] = "-",
        ['\u2011'] = "-", ['\u2012'] = "--", ['\u2212'] = "-", ['\u2018'] = "`", ['\u2019'] = "'", ['\u201C'] = "``",
        ['\u201D'] = "''", ['\u2026'] = @"\ldots{}", ['\u2022'] = @"\textbullet{}", ['\u00B7'] = @"\textperiodcentered{}",
        ['\u00B0'] = @"\textdegree{}", ['\u00A9'] = @"\textcopyright{}", ['\u00AE'] = @"\textregistered{}",
        ['\u2122'] = @"\texttrademark{}", ['\u00A7'] = @"\S{}", ['\u00B6'] = @"\P{}", ['\u2020'] = @"\dag{}",
        ['\u2021'] = @"\ddag{}", ['\u00A3'] = @"\pounds{}", ['\u00BF'] = @"\textquestiondown{}", ['\u00A1'] = @"\textexclamdown{}",
        ['\u00AB'] = @"\guillemotleft{}", ['\u00BB'] = @"\guillemotright{}",
    };

    // Symbols that only exist in math mode: written {$\macro$} in text, \macro inside math.
    private static readonly Dictionary<int, string> MathSymbols = BuildMathSymbols();

    private static string TextMacro(Rune rune)
    {
        if (Symbols.TryGetValue(rune.Value, out var symbol))
        {
            return symbol;
        }

        if (Letters.TryGetValue(rune.Value, out var letter))
        {
            return "{" + letter + "}";
        }

        if (MathSymbols.TryGetValue(rune.Value, out var math))
        {
            return "{$" + math + "$}";
        }

        return AccentedLetter(rune) ?? Fallback(rune);
    }

    private static string MathMacro(Rune rune)
    {
        if (MathSymbols.TryGetValue(rune.Value, out var math))
        {
            return math.EndsWith('}') || !char.IsAsciiLetter(math[^1]) ? math : math + " ";
        }

        return AccentedLetter(rune) is { } accented ? @"\mbox" + accented : Fallback(rune);
    }

    // "é" → {\'e}; "ǘ" → {\'{\"u}}; "í" → {\'i} (not {\'\i}: citation-js reads the dotless form as another letter).
    private static string? AccentedLetter(Rune rune)
    {
        var text = rune.ToString();
        var decomposed = rune.IsBmp && LatinDecomposition.Decompose((char)rune.Value) is { } latin ? latin : text.Normalize(NormalizationForm.FormD);
        var baseChar = decomposed[0];
        string body;
        if (char.IsAsciiLetter(baseChar))
        {
            body = baseChar.ToString();
        }
        else if (Letters.TryGetValue(baseChar, out var letter))
        {
            body = letter + "{}";
        }
        else
        {
            return null;
        }

        if (decomposed.Length == 1)
        {
            return null;
        }

        foreach (var mark in decomposed[1..])
        {
            if (!Accents.TryGetValue(mark, out var accent))
            {
                return null;
            }

            body = char.IsAsciiLetter(accent[0]) || body.Length > 1 ? $@"\{accent}{{{body}}}" : $@"\{accent}{body}";
        }

        return "{" + body + "}";
    }

    // No macro: the compatibility form when that is plain ASCII (ﬁ → fi, full-width Ａ → A), else "?".
    private static string Fallback(Rune rune)
    {
        var compatible = rune.ToString().Normalize(NormalizationForm.FormKD);
        return compatible.All(c => c is >= ' ' and < (char)127 and not ('\\' or '{' or '}' or '$' or '%' or '&' or '#' or '_' or '~' or '^'))
            ? compatible
            : "?";
    }

    private static Dictionary<int, string> BuildMathSymbols()
    {
        var table = new Dictionary<int, string>
        {
            ['×'] = @"\times", ['±'] = @"\pm", ['÷'] = @"\div", ['≤'] = @"\leq", ['≥'] = @"\geq", ['≠'] = @"\neq",
            ['≈'] = @"\approx", ['∼'] = @"\sim", ['≡'] = @"\equiv", ['→'] = @"\rightarrow", ['←'] = @"\leftarrow",
            ['↔'] = @"\leftrightarrow", ['⇒'] = @"\Rightarrow", ['⇐'] = @"\Leftarrow", ['⇔'] = @"\Leftrightarrow",
            ['∞'] = @"\infty", ['√'] = @"\surd", ['∑'] = @"\sum", ['∏'] = @"\prod", ['∫'] = @"\int", ['∈'] = @"\in",
            ['∉'] = @"\notin", ['⊂'] = @"\subset", ['⊆'] = @"\subseteq", ['∪'] = @"\cup", ['∩'] = @"\cap",
            ['∂'] = @"\partial", ['∇'] = @"\nabla", ['∀'] = @"\forall", ['∃'] = @"\exists", ['∅'] = @"\emptyset",
            ['⊕'] = @"\oplus", ['⊗'] = @"\otimes", ['∘'] = @"\circ", ['′'] = @"\prime", ['µ'] = @"\mu", ['ℓ'] = @"\ell",
            ['∝'] = @"\propto", ['⋅'] = @"\cdot", ['≪'] = @"\ll", ['≫'] = @"\gg",
        };
        string[] lower = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
            "mu", "nu", "xi", "o", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"];
        for (var i = 0; i < lower.Length; i++)
        {
            // ο (omicron) has no macro: it looks like, and is written as, the Latin o.
            table['α' + i] = lower[i] == "o" ? "o" : "\\" + lower[i];
        }

        // Capitals without a macro of their own look exactly like Latin capitals (Α = A).
        string[] upper = ["A", "B", @"\Gamma", @"\Delta", "E", "Z", "H", @"\Theta", "I", "K", @"\Lambda", "M", "N", @"\Xi",
            "O", @"\Pi", "P", "", @"\Sigma", "T", @"\Upsilon", @"\Phi", "X", @"\Psi", @"\Omega"];
        for (var i = 0; i < upper.Length; i++)
        {
            if (upper[i].Length > 0)
            {
                table['Α' + i] = upper[i].StartsWith('\\') ? upper[i] : @"\mathrm{" + upper[i] + "}";
            }
        }

        table['ϕ'] = @"\phi";
        table['ϵ'] = @"\epsilon";
        table['ε'] = @"\varepsilon";
        table['φ'] = @"\varphi";
        table['ϑ'] = @"\vartheta";
        return table;
    }
}
