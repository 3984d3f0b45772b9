using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace SnnBib.Core.Lists;

/// <summary>Turns Markdig inlines into <see cref="InlineToken"/>s: emphasis markers gone, links kept with their labels.</summary>
internal static partial class InlineTokenizer
{
    public static IReadOnlyList<InlineToken> Read(ContainerInline? root)
    {
        var tokens = new List<InlineToken>();
        if (root is not null)
        {
            Visit(root, bold: false, tokens);
        }

        return FindUnparsedLinks(MergeText(tokens));
    }

    /// <summary>The text a reader sees; link labels stay, images give their alt text only when asked.</summary>
    public static string PlainText(ContainerInline? root, bool imagesAsAlt)
    {
        var sb = new StringBuilder();
        if (root is not null)
        {
            AppendPlain(root, imagesAsAlt, sb);
        }

        return sb.ToString();
    }

    private static void Visit(ContainerInline container, bool bold, List<InlineToken> tokens)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                    // A bare image (a badge, a figure) is not part of the entry's text.
                    break;
                case LinkInline link:
                    tokens.Add(new LinkToken(Collapse(PlainText(link, imagesAsAlt: true)), link.Url ?? string.Empty, ParsedByMarkdig: true));
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    tokens.Add(new LinkToken(autolink.Url, autolink.Url, ParsedByMarkdig: true));
                    break;
                case EmphasisInline emphasis:
                    Visit(emphasis, bold || emphasis.DelimiterCount >= 2, tokens);
                    break;
                case ContainerInline inner:
                    Visit(inner, bold, tokens);
                    break;
                default:
                    if (LeafText(inline) is { } text)
                    {
                        tokens.Add(new TextToken(text, bold));
                    }

                    break;
            }
        }
    }

    private static void AppendPlain(ContainerInline container, bool imagesAsAlt, StringBuilder sb)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image:
                    if (imagesAsAlt)
                    {
                        AppendPlain(image, imagesAsAlt, sb);
                    }

                    break;
                case AutolinkInline autolink:
                    sb.Append(autolink.Url);
                    break;
                case ContainerInline inner:
                    AppendPlain(inner, imagesAsAlt, sb);
                    break;
                default:
                    sb.Append(LeafText(inline));
                    break;
            }
        }
    }

    private static string? LeafText(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        LineBreakInline => " ",
        HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase) => " ",
        _ => null, // other inline HTML (<sup>, <img>) carries no title text
    };

    private static List<InlineToken> MergeText(List<InlineToken> tokens)
    {
        var merged = new List<InlineToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token is TextToken text && merged.Count > 0 && merged[^1] is TextToken previous && previous.Bold == text.Bold)
            {
                merged[^1] = previous with { Text = previous.Text + text.Text };
            }
            else
            {
                merged.Add(token);
            }
        }

        return merged;
    }

    // Markdig leaves "[label](target with spaces)" as literal text. It is still meant as a link: keep it as one
    // (marked unparsed) so the title stays clean and the reader can report it.
    private static List<InlineToken> FindUnparsedLinks(List<InlineToken> tokens)
    {
        var result = new List<InlineToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token is not TextToken { Bold: false } text || !UnparsedLink().IsMatch(text.Text))
            {
                result.Add(token);
                continue;
            }

            var position = 0;
            foreach (Match match in UnparsedLink().Matches(text.Text))
            {
                if (match.Index > position)
                {
                    result.Add(new TextToken(text.Text[position..match.Index], Bold: false));
                }

                result.Add(new LinkToken(Collapse(match.Groups["label"].Value), match.Groups["target"].Value.Trim(), ParsedByMarkdig: false));
                position = match.Index + match.Length;
            }

            if (position < text.Text.Length)
            {
                result.Add(new TextToken(text.Text[position..], Bold: false));
            }
        }

        return result;
    }

    internal static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\[(?<label>[^\[\]\r\n]{1,200})\]\((?<target>[^()\r\n]{0,2000}(?:\([^()\r\n]{0,500}\)[^()\r\n]{0,500})*)\)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex UnparsedLink();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
