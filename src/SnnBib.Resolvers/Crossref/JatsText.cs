using System.Net;
using System.Text;

namespace SnnBib.Resolvers.Crossref;

/// <summary>
/// Turns the markup Crossref embeds in strings into plain text: JATS abstracts (<c>&lt;jats:title&gt;Abstract&lt;/jats:title&gt;&lt;jats:p&gt;…</c>)
/// and inline HTML/MathML in titles (<c>&lt;i&gt;</c>, <c>&lt;sub&gt;</c>). Tags are dropped (block tags become word breaks),
/// entities decoded (and tags that were escaped dropped too), whitespace collapsed to single spaces, and a leading
/// "Abstract" heading removed.
/// Abstracts come out as one line, like arXiv's, so every exporter (RIS AB is one line) can use them as they are.
/// </summary>
public static class JatsText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "title", "sec", "list", "list-item", "label", "caption", "disp-quote", "break", "br", "def-list", "def-item",
        "term", "def", "abstract", "trans-abstract", "boxed-text",
    };

    public static string? ToPlainText(string? markup)
    {
        if (string.IsNullOrWhiteSpace(markup))
        {
            return null;
        }

        // Some deposits escape their inline markup ("3&lt;sup&gt;x&lt;/sup&gt;"), so tags are removed again after decoding;
        // a decoded "x < y" is not a tag and stays.
        var text = Collapse(StripTags(WebUtility.HtmlDecode(StripTags(markup))));
        foreach (var heading in (string[])["Abstract", "ABSTRACT", "Summary"])
        {
            if (text.StartsWith(heading, StringComparison.Ordinal)
                && (text.Length == heading.Length || text[heading.Length] is ' ' or ':' or '.'))
            {
                text = text[heading.Length..].TrimStart(' ', ':', '.');
                break;
            }
        }

        return text.Length == 0 ? null : text;
    }

    private static string StripTags(string markup)
    {
        var sb = new StringBuilder(markup.Length);
        var i = 0;
        while (i < markup.Length)
        {
            var c = markup[i];
            if (c == '<' && TryReadTag(markup, i, out var name, out var end))
            {
                if (BlockTags.Contains(name))
                {
                    sb.Append(' ');
                }

                i = end + 1;
                continue;
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // A tag is "<", an optional "/", a name (letters, digits, ':', '-', '_', '.'), then attributes up to ">", with no "<" in
    // between. "x < y" or "a<b" without a closing ">" stay text.
    private static bool TryReadTag(string s, int start, out string name, out int end)
    {
        name = string.Empty;
        end = -1;
        var i = start + 1;
        if (i < s.Length && s[i] == '/')
        {
            i++;
        }

        var nameStart = i;
        if (i >= s.Length || !char.IsAsciiLetter(s[i]))
        {
            return false;
        }

        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is ':' or '-' or '_' or '.'))
        {
            i++;
        }

        var qualified = s[nameStart..i];
        if (i < s.Length && s[i] is not ('>' or '/' or ' ' or '\t' or '\n' or '\r'))
        {
            return false;
        }

        var close = s.IndexOf('>', i);
        var nextOpen = s.IndexOf('<', i);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
        {
            return false;
        }

        var colon = qualified.LastIndexOf(':');
        name = colon >= 0 ? qualified[(colon + 1)..] : qualified;
        end = close;
        return true;
    }
}
