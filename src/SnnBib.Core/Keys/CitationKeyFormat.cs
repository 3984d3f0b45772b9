using System.Text;

namespace SnnBib.Core.Keys;

/// <summary>
/// The --key-format pattern language: literal text plus tokens {auth}, {Auth}, {year}, {title}, {Title},
/// {shorttitle}, e.g. "{auth}{year}{title}" (the default, "guo2024ternary") or "{Auth}_{year}_{shorttitle}".
/// Literals may hold only letters, digits and "_-:." so that every key stays a valid BibTeX key.
/// </summary>
public sealed class CitationKeyFormat
{
    public const string DefaultPattern = "{auth}{year}{title}";

    private static readonly Dictionary<string, KeyToken> Tokens = new(StringComparer.Ordinal)
    {
        ["auth"] = KeyToken.Auth,
        ["Auth"] = KeyToken.AuthCapitalised,
        ["year"] = KeyToken.Year,
        ["title"] = KeyToken.Title,
        ["Title"] = KeyToken.TitleCapitalised,
        ["shorttitle"] = KeyToken.ShortTitle,
    };

    private CitationKeyFormat(string pattern, IReadOnlyList<KeyFormatPart> parts)
    {
        Pattern = pattern;
        Parts = parts;
    }

    public static CitationKeyFormat Default { get; } = Parse(DefaultPattern);

    public string Pattern { get; }

    public IReadOnlyList<KeyFormatPart> Parts { get; }

    /// <summary>Parses a pattern; throws <see cref="FormatException"/> with a one-line reason when it is not valid.</summary>
    public static CitationKeyFormat Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var parts = new List<KeyFormatPart>();
        var literal = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '{')
            {
                var close = pattern.IndexOf('}', i + 1);
                if (close < 0)
                {
                    throw new FormatException($"key format \"{pattern}\": '{{' at position {i + 1} is never closed");
                }

                var name = pattern[(i + 1)..close];
                if (!Tokens.TryGetValue(name, out var token))
                {
                    throw new FormatException(
                        $"key format \"{pattern}\": unknown token {{{name}}} (known: {string.Join(", ", Tokens.Keys.Select(k => "{" + k + "}"))})");
                }

                if (literal.Length > 0)
                {
                    parts.Add(new KeyFormatPart(literal.ToString(), null));
                    literal.Clear();
                }

                parts.Add(new KeyFormatPart(null, token));
                i = close;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':' or '.')
            {
                literal.Append(c);
            }
            else
            {
                throw new FormatException(
                    $"key format \"{pattern}\": character '{c}' at position {i + 1} is not allowed in a citation key (use letters, digits, _ - : .)");
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(new KeyFormatPart(literal.ToString(), null));
        }

        if (!parts.Any(p => p.Token is not null))
        {
            throw new FormatException($"key format \"{pattern}\": needs at least one token such as {{auth}} or {{title}}");
        }

        return new CitationKeyFormat(pattern, parts);
    }

    public override string ToString() => Pattern;
}
