namespace SnnBib.Resolvers.OpenReview;

/// <summary>
/// Reads the entry type and top-level fields of one BibTeX entry (OpenReview's content._bibtex). Brace- and
/// quote-delimited values and bare numbers; braces inside values are removed and whitespace collapsed. Not a general
/// BibTeX parser: no @string macros, no concatenation.
/// </summary>
public sealed class BibtexFields
{
    private readonly Dictionary<string, string> _fields;

    private BibtexFields(string entryType, Dictionary<string, string> fields)
    {
        EntryType = entryType;
        _fields = fields;
    }

    /// <summary>Lower-case entry type, e.g. "inproceedings", "article", "misc".</summary>
    public string EntryType { get; }

    public string? this[string field] => _fields.TryGetValue(field, out var value) ? value : null;

    /// <summary>The entry's fields, or null when the text does not start like a BibTeX entry.</summary>
    public static BibtexFields? Parse(string? bibtex)
    {
        if (string.IsNullOrWhiteSpace(bibtex))
        {
            return null;
        }

        var s = bibtex;
        var at = s.IndexOf('@', StringComparison.Ordinal);
        var open = at < 0 ? -1 : s.IndexOf('{', at);
        if (open < 0)
        {
            return null;
        }

        var type = s[(at + 1)..open].Trim().ToLowerInvariant();
        if (type.Length == 0 || !type.All(char.IsAsciiLetter))
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var comma = s.IndexOf(',', open);
        var i = comma < 0 ? s.Length : comma + 1;
        while (i < s.Length)
        {
            while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] == ','))
            {
                i++;
            }

            var nameStart = i;
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '_' or '-'))
            {
                i++;
            }

            var name = s[nameStart..i];
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            if (name.Length == 0 || i >= s.Length || s[i] != '=')
            {
                break;
            }

            i++;
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            if (ReadValue(s, ref i) is { } value)
            {
                fields.TryAdd(name, value);
            }
            else
            {
                break;
            }
        }

        return new BibtexFields(type, fields);
    }

    private static string? ReadValue(string s, ref int i)
    {
        if (i >= s.Length)
        {
            return null;
        }

        int start;
        if (s[i] == '{')
        {
            start = i + 1;
            var depth = 0;
            for (; i < s.Length; i++)
            {
                if (s[i] == '{')
                {
                    depth++;
                }
                else if (s[i] == '}' && --depth == 0)
                {
                    return Clean(s[start..i++]);
                }
            }

            return null;
        }

        if (s[i] == '"')
        {
            start = ++i;
            var close = s.IndexOf('"', start);
            if (close < 0)
            {
                return null;
            }

            i = close + 1;
            return Clean(s[start..close]);
        }

        start = i;
        while (i < s.Length && s[i] is not (',' or '}') && !char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i > start ? s[start..i] : null;
    }

    private static string Clean(string value) =>
        string.Join(' ', value.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
