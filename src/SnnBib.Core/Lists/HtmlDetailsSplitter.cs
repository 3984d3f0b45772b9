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
        var splitter = new Splitter();
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var position = 0;
            foreach (Match tag in Tag().Matches(line))
            {
                splitter.Text(line[position..tag.Index]);
                splitter.Tag(tag.Groups["name"].Value.ToLowerInvariant(), closing: tag.Groups["close"].Success, index);
                position = tag.Index + tag.Length;
            }

            splitter.Text(line[position..]);
            splitter.EndLine(index);
        }

        return splitter.Finish();
    }

    // "<b>2022</b>" → "2022"; entities decoded; Markdown bold markers dropped; whitespace collapsed.
    private static string SummaryText(string html) =>
        InlineTokenizer.Collapse(WebUtility.HtmlDecode(AnyTag().Replace(html, " ")).Replace("*", string.Empty, StringComparison.Ordinal));

    [GeneratedRegex(@"<(?<close>/)?(?<name>details|summary)\b[^>]{0,500}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<[^>]{0,500}>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    /// <summary>Collects text into the open &lt;summary&gt; or into the current Markdown chunk, line by line.</summary>
    private sealed class Splitter
    {
        private readonly List<HtmlPart> _parts = [];
        private readonly StringBuilder _chunk = new();
        private readonly StringBuilder _line = new();
        private StringBuilder? _summary;
        private int _chunkStart = -1;

        public void Text(string text) => (_summary ?? _line).Append(text);

        public void Tag(string name, bool closing, int index)
        {
            if (name == "summary")
            {
                if (!closing)
                {
                    _summary = new StringBuilder();
                }
                else if (_summary is not null)
                {
                    _parts.Add(new DetailsSummary(SummaryText(_summary.ToString())));
                    _summary = null;
                }

                return;
            }

            // A <details> tag ends the Markdown before it (text earlier on the same line included).
            AppendLine(index);
            FlushChunk();
            _parts.Add(closing ? new DetailsClose() : new DetailsOpen());
        }

        public void EndLine(int index)
        {
            _summary?.Append(' ');
            AppendLine(index);
        }

        public IReadOnlyList<HtmlPart> Finish()
        {
            if (_summary is not null)
            {
                _parts.Add(new DetailsSummary(SummaryText(_summary.ToString())));
            }

            FlushChunk();
            return _parts;
        }

        private void AppendLine(int index)
        {
            var text = _line.ToString();
            _line.Clear();
            if (_chunkStart < 0 && string.IsNullOrWhiteSpace(text))
            {
                return; // blank lines before a chunk do not start one
            }

            if (_chunkStart < 0)
            {
                _chunkStart = index;
            }

            _chunk.Append(text).Append('\n');
        }

        private void FlushChunk()
        {
            if (_chunkStart >= 0 && _chunk.ToString().Any(c => !char.IsWhiteSpace(c)))
            {
                _parts.Add(new MarkdownChunk(_chunk.ToString(), _chunkStart));
            }

            _chunk.Clear();
            _chunkStart = -1;
        }
    }
}
