using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SnnBib.Core.Identifiers;

namespace SnnBib.Core.Lists;

/// <summary>
/// Walks Markdig's block tree: headings and bold paragraphs set the section, list items and table rows become
/// entries, raw HTML &lt;details&gt; blocks open sections and have their inner Markdown parsed again.
/// </summary>
internal sealed partial class ListDocumentWalker(MarkdownPipeline pipeline, PaperSectionFilter filter)
{
    private const int MaxQuotedTarget = 80;

    private readonly SectionState _sections = new();
    private readonly List<ListEntry> _entries = [];
    private readonly List<ListWarning> _warnings = [];

    public ListReadResult Result => new(_entries.ToArray(), _warnings.ToArray());

    public void Walk(MarkdownDocument document) => WalkBlocks(document, lineOffset: 0, insideItem: false);

    public static string HeadingText(HeadingBlock heading) =>
        InlineTokenizer.Collapse(EmojiShortcode().Replace(InlineTokenizer.PlainText(heading.Inline, imagesAsAlt: false), " "));

    private void WalkBlocks(IEnumerable<Block> blocks, int lineOffset, bool insideItem)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    _sections.PushHeading(heading.Level, HeadingText(heading));
                    break;
                case ParagraphBlock paragraph when !insideItem && BoldGroup(paragraph) is { } group:
                    _sections.SetBoldGroup(group);
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        ReadItem(item, lineOffset);
                    }

                    break;
                case Table table:
                    ReadTable(table, lineOffset);
                    break;
                case HtmlBlock html:
                    ReadHtml(html, lineOffset);
                    break;
                case ContainerBlock container:
                    WalkBlocks(container, lineOffset, insideItem);
                    break;
            }
        }
    }

    private void ReadItem(ListItemBlock item, int lineOffset)
    {
        if (item.Count == 0 || item[0] is not ParagraphBlock paragraph)
        {
            WalkBlocks(item, lineOffset, insideItem: true);
            return;
        }

        var rest = item.Skip(1).ToArray();
        var tokens = InlineTokenizer.Read(paragraph.Inline);
        if (IsTableOfContentsItem(tokens))
        {
            return;
        }

        var text = EntryTextParser.Parse(tokens);
        if (text.Links.Count == 0 && text.Label is null && rest.OfType<ListBlock>().Any())
        {
            // "- Conversion" with nested bullets: a group, not a paper.
            var outer = _sections.ItemGroup;
            _sections.ItemGroup = InlineTokenizer.Collapse(InlineTokenizer.PlainText(paragraph.Inline, imagesAsAlt: false)).TrimEnd(':');
            WalkBlocks(rest, lineOffset, insideItem: true);
            _sections.ItemGroup = outer;
            return;
        }

        if (filter.IsPaperSection(_sections.Headings, _sections.Group))
        {
            var links = text.Links.Select(l => new PendingLink(l, ReferenceEquals(l, text.TitleLink) ? LinkKind.Paper : null)).ToArray();
            AddEntry(paragraph.Line + 1 + lineOffset, text.Title, text.Label?.Text, text.Label?.Venue,
                text.Label?.Year ?? text.LooseYear, text.AuthorsText, text.Note, links);
        }

        WalkBlocks(rest, lineOffset, insideItem: true);
    }

    private void ReadHtml(HtmlBlock html, int lineOffset)
    {
        var lines = html.Lines.Lines.Take(html.Lines.Count).Select(l => l.Slice.ToString()).ToArray();
        if (!HtmlDetailsSplitter.HasDetails(string.Join('\n', lines)))
        {
            return; // other raw HTML (badges, images, tables written in HTML) holds no Markdown entries
        }

        foreach (var part in HtmlDetailsSplitter.Split(lines))
        {
            switch (part)
            {
                case DetailsOpen:
                    _sections.OpenDetails();
                    break;
                case DetailsSummary summary:
                    _sections.NameDetails(summary.Text);
                    break;
                case DetailsClose:
                    _sections.CloseDetails();
                    break;
                case MarkdownChunk chunk:
                    // The splitter took every <details>/<summary> tag out, so this parse cannot lead back here:
                    // HTML left in the chunk is ignored, and re-parsing happens at most once per block.
                    var inner = MarkdownParsing.Parse(chunk.Text, pipeline);
                    WalkBlocks(inner, lineOffset + html.Line + chunk.FirstLine, insideItem: false);
                    break;
            }
        }
    }

    private void AddEntry(int line, string title, string? venueLabel, string? venue, int? year, string? authors,
        string? note, IReadOnlyList<PendingLink> pending)
    {
        var links = pending.Select(p => MakeLink(p, line, title)).ToArray();
        if (title.Length == 0)
        {
            if (links.Length == 0)
            {
                return; // nothing to cite: an empty bullet or a bare label
            }

            _warnings.Add(new ListWarning(line, "entry has no title; kept with its links"));
        }

        _entries.Add(new ListEntry
        {
            Line = line,
            Title = title,
            VenueLabel = venueLabel,
            Venue = venue,
            Year = year,
            SectionYear = _sections.Year,
            Group = _sections.Group,
            Headings = _sections.Headings,
            AuthorsText = authors,
            Note = note,
            Links = links,
        });
    }

    private ListLink MakeLink(PendingLink pending, int line, string title)
    {
        var token = pending.Token;
        var isUrl = token.ParsedByMarkdig && IsAbsoluteHttp(token.Target);
        var identifier = isUrl ? IdentifierParser.FromUrl(token.Target) : null;
        var kind = LinkClassifier.Classify(token.Label, token.Target, identifier, pending.Kind);
        if (!isUrl)
        {
            var what = token.ParsedByMarkdig
                ? "has a target that is not an http(s) URL"
                : "is not a link (its target is not a URL, so Markdig leaves it as text)";
            _warnings.Add(new ListWarning(line,
                $"[{token.Label}]({Shorten(token.Target)}) {what}; \"{Shorten(title)}\" is kept without it"));
        }

        return new ListLink(token.Label, token.Target, kind, isUrl, identifier);
    }

    private static bool IsAbsoluteHttp(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    private static string Shorten(string text) =>
        text.Length <= MaxQuotedTarget ? text : string.Concat(text.AsSpan(0, MaxQuotedTarget - 1), "…");

    // "- [Papers](#papers)": a table of contents, not an entry.
    private static bool IsTableOfContentsItem(IReadOnlyList<InlineToken> tokens) =>
        tokens.OfType<LinkToken>().Any()
        && tokens.OfType<LinkToken>().All(l => l.Target.StartsWith('#'))
        && tokens.OfType<TextToken>().All(t => !t.Text.Any(char.IsLetterOrDigit));

    // A paragraph that is only bold text ("**Review**", "**AAAI, ICLR**:") names the group of what follows.
    private static string? BoldGroup(ParagraphBlock paragraph)
    {
        var parts = (paragraph.Inline ?? [])
            .Where(i => i is not LineBreakInline && !(i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()))
            .ToArray();
        var trailingColon = parts.Length == 2 && parts[1] is LiteralInline colon && colon.Content.ToString().Trim() == ":";
        if ((parts.Length == 1 || trailingColon) && parts[0] is EmphasisInline { DelimiterCount: 2 } bold)
        {
            var text = InlineTokenizer.Collapse(InlineTokenizer.PlainText(bold, imagesAsAlt: false)).TrimEnd(':');
            return text.Length > 0 ? text : null;
        }

        return null;
    }

    private sealed record PendingLink(LinkToken Token, LinkKind? Kind);

    // GitHub emoji shortcodes in headings ("Papers :page_with_curl:").
    [GeneratedRegex(@":[a-z0-9_+-]{1,40}:", RegexOptions.CultureInvariant)]
    private static partial Regex EmojiShortcode();

}
