using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SnnBib.Core.Lists;

/// <summary>
/// Splits a raw HTML block into &lt;details&gt;/&lt;summary&gt; events and the Markdown between them. CommonMark ends an
/// HTML block only at a blank line, so "&lt;details&gt;&lt;summary&gt;2022&lt;/summary&gt;" followed directly by bullets
/// swallows the bullets into the HTML block; they are handed back as Markdown to parse again.
/// </summary>
internal static partial class HtmlDetailsSplitter
{
    public static bool HasDetails(string html) => Tag().IsMatch(html);

    public static IReadOnlyList<HtmlPart> Split(IReadOnlyList<string> lines)
    {
        var parts = new List<HtmlPart>();
        var chunk = new StringBuilder();
        var chunkStart = -1;
        StringBuilder? summary = null;

        void FlushChunk()
        {
            if (chunkStart >= 0 && chunk.ToString().Any(c => !char.IsWhiteSpace(c)))
            {
                parts.Add(new MarkdownChunk(chunk.ToString(), chunkStart));
            }

            chunk.Clear();
            chunkStart = -1;
        }

        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var position = 0;
            var lineText = new StringBuilder();
            foreach (Match tag in Tag().Matches(line))
            {
                var before = line[position..tag.Index];
                (summary ?? lineText).Append(before);
                position = tag.Index + tag.Length;

                var name = tag.Groups["name"].Value.ToLowerInvariant();
                var closing = tag.Groups["close"].Success;
                if (name == "summary" && !closing)
                {
                    summary = new StringBuilder();
                    continue;
                }

                if (name == "summary" && summary is not null)
                {
                    parts.Add(new DetailsSummary(SummaryText(summary.ToString())));
                    summary = null;
                    continue;
                }

                AppendLine(lineText.ToString());
                lineText.Clear();
                FlushChunk();
                parts.Add(closing ? new DetailsClose() : new DetailsOpen());
            }

            (summary ?? lineText).Append(line[position..]);
            if (summary is not null)
            {
                summary.Append(' ');
            }

            AppendLine(lineText.ToString());

            void AppendLine(string text)
            {
                if (summary is not null && text.Length == 0)
                {
                    return;
                }

                if (chunkStart < 0)
                {
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        return;
                    }

                    chunkStart = index;
                }

                chunk.Append(text).Append('\n');
            }
        }

        if (summary is not null)
        {
            parts.Add(new DetailsSummary(SummaryText(summary.ToString())));
        }

        FlushChunk();
        return parts;
    }

    // "<b>2022</b>" → "2022"; entities decoded; whitespace collapsed.
    private static string SummaryText(string html) =>
        InlineTokenizer.Collapse(WebUtility.HtmlDecode(AnyTag().Replace(html, " ")).Replace("*", string.Empty, StringComparison.Ordinal));

    [GeneratedRegex(@"<(?<close>/)?(?<name>details|summary)\b[^>]{0,500}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<[^>]{0,500}>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
