using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SnnBib.Core.Lists;

/// <summary>
/// Reads title, venue label, authors, note and links from an entry's tokens. Two shapes are recognised:
/// "Title (**ICLR 2024**). [[paper](…)] [[code](…)]" (title is the text before the first link) and
/// "[Title](link), Authors (2018) - note" (title is the first link's label when no text precedes it).
/// Bold text is wrapped in marker characters so label patterns can tell "(**ICLR 2024**)" from "(SNN)".
/// </summary>
internal static partial class EntryTextParser
{
    private const char BoldOpen = '\u0001';
    private const char BoldClose = '\u0002';
    private const char LinkMark = '\u0003';

    public static EntryText Parse(IReadOnlyList<InlineToken> tokens)
    {
        var links = tokens.OfType<LinkToken>().ToList();
        var firstLink = tokens.ToList().FindIndex(t => t is LinkToken);
        var prefixEnd = firstLink < 0 ? tokens.Count : firstLink;

        var (title, label) = ReadTitle(Marked(tokens, 0, prefixEnd));
        LinkToken? titleLink = null;
        var restStart = prefixEnd;
        if (!HasWordCharacters(title) && firstLink >= 0)
        {
            var candidate = (LinkToken)tokens[firstLink];
            if (!LinkClassifier.IsGenericLabel(candidate.Label))
            {
                titleLink = candidate;
                var (linkTitle, linkLabel) = ReadTitle(candidate.Label);
                title = linkTitle;
                label ??= linkLabel;
                restStart = firstLink + 1;
            }
        }

        if (!HasWordCharacters(title))
        {
            title = string.Empty;
        }

        var rest = Marked(tokens, restStart, tokens.Count);
        string? authors = null;
        int? authorsYear = null;
        string? note;
        if (titleLink is not null)
        {
            (label, authors, authorsYear, note) = ReadAfterTitleLink(rest, label);
        }
        else
        {
            (label, note) = ReadAfterLinks(rest, label);
        }

        return new EntryText(title, label, authors, authorsYear, note, links, titleLink);
    }

    /// <summary>The title in marked text: labels at the end (or start) removed, then the trailing period.</summary>
    private static (string Title, VenueLabel? Label) ReadTitle(string marked)
    {
        var text = TrailingNoise().Replace(marked, string.Empty);
        VenueLabel? label = null;
        var trailing = TrailingLabel().Match(text);
        if (trailing.Success && VenueLabel.TryParse(LabelContent(trailing)) is { } found)
        {
            label = found;
            text = text[..trailing.Index];
        }
        else
        {
            var leading = LeadingLabel().Match(text);
            if (leading.Success && VenueLabel.TryParse(LabelContent(leading)) is { } atStart)
            {
                label = atStart;
                text = text[(leading.Index + leading.Length)..];
            }
        }

        return (CleanTitle(text), label);
    }

    // "[Title](link), Maass W and Markram H (2004) - theoretical work …" or "[Title](link) (ICLR 2024) [[code](…)]"
    private static (VenueLabel? Label, string? Authors, int? Year, string? Note) ReadAfterTitleLink(string rest, VenueLabel? label)
    {
        var linkAt = rest.IndexOf(LinkMark, StringComparison.Ordinal);
        var immediate = linkAt < 0 ? rest : rest[..linkAt];
        var later = linkAt < 0 ? string.Empty : rest[linkAt..];
        immediate = TrailingNoise().Replace(immediate, string.Empty);

        if (label is null)
        {
            var leading = LeadingLabel().Match(SeparatorsAtStart().Replace(immediate, string.Empty));
            if (leading.Success && VenueLabel.TryParse(LabelContent(leading)) is { } found)
            {
                label = found;
                immediate = SeparatorsAtStart().Replace(immediate, string.Empty)[(leading.Index + leading.Length)..];
            }
        }

        var byline = AuthorsAndYear().Match(Unmark(immediate));
        if (byline.Success)
        {
            var year = int.Parse(byline.Groups["year"].Value, CultureInfo.InvariantCulture);
            var note = JoinNote(byline.Groups["note"].Value, later);
            return (label, InlineTokenizer.Collapse(byline.Groups["authors"].Value), year, note);
        }

        return (label, null, null, JoinNote(immediate, later));
    }

    // "Title [[paper](…)] [[code](…)] (NeurIPS 2022) - note": a label may also follow the links.
    private static (VenueLabel? Label, string? Note) ReadAfterLinks(string rest, VenueLabel? label)
    {
        var text = EmptyBrackets().Replace(rest, string.Empty);
        if (label is null)
        {
            foreach (Match match in AnyLabel().Matches(text))
            {
                if (VenueLabel.TryParse(LabelContent(match)) is { } found)
                {
                    label = found;
                    text = text.Remove(match.Index, match.Length);
                    break;
                }
            }
        }

        return (label, JoinNote(text, string.Empty));
    }

    private static string? JoinNote(string first, string second)
    {
        var text = Unmark(EmptyBrackets().Replace(first + " " + second, " ")).Replace(LinkMark, ' ');
        text = InlineTokenizer.Collapse(SeparatorsAtStart().Replace(text, string.Empty));
        return HasWordCharacters(text) ? text : null;
    }

    private static string LabelContent(Match match) =>
        match.Groups["bold"].Success ? match.Groups["bold"].Value : match.Groups["plain"].Value;

    private static string CleanTitle(string marked)
    {
        var text = InlineTokenizer.Collapse(Unmark(marked));
        text = TitleEnd().Replace(text, string.Empty);

        // One trailing period ends a sentence-style bullet; "..." is kept as written.
        if (text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal))
        {
            text = text[..^1].TrimEnd();
        }

        return text;
    }

    private static string Marked(IReadOnlyList<InlineToken> tokens, int start, int end)
    {
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            switch (tokens[i])
            {
                case TextToken { Bold: true } bold:
                    sb.Append(BoldOpen).Append(bold.Text).Append(BoldClose);
                    break;
                case TextToken text:
                    sb.Append(text.Text);
                    break;
                case LinkToken:
                    sb.Append(LinkMark);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Unmark(string marked) =>
        marked.Replace(BoldOpen.ToString(), string.Empty, StringComparison.Ordinal)
            .Replace(BoldClose.ToString(), string.Empty, StringComparison.Ordinal);

    private static bool HasWordCharacters(string text) => text.Any(char.IsLetterOrDigit);

    // What sits between a title and its first link: spaces, "[", "(", "|", dashes, bold markers left empty.
    [GeneratedRegex(@"(?:[\s\[(|:,;–—-]|\u0001\s*\u0002)+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TrailingNoise();

    [GeneratedRegex(@"^[\s,;:|–—-]+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SeparatorsAtStart();

    [GeneratedRegex(@"[\s,;:]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TitleEnd();

    // Brackets or parentheses left around a link once the link itself is gone: "[[paper](…)]" → "[\u0003]".
    [GeneratedRegex(@"[\[(]\s*\u0003?\s*[\])]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EmptyBrackets();

    // The label shapes, bold (\u0001…\u0002 marks emphasis) or in parentheses: (**X**), **(X)**, **[X]**, **X**, (X); [X] follows.
    private const string LabelGroups = @"\(\s*\u0001(?<bold>[^\u0001\u0002]{1,100})\u0002\s*\)|\u0001\s*[(\[](?<bold>[^\u0001\u0002()\[\]]{1,100})[)\]]\s*\u0002|\u0001(?<bold>[^\u0001\u0002]{1,100})\u0002|\((?<plain>[^()\u0001\u0002]{1,100})\)|";

    private const string BracketLabel = @"\[(?<plain>[^\[\]\u0001\u0002]{1,100})\]";

    // A label group at the very end: (**X**), **(X)**, **[X]**, **X**, (X) or [X], then optional ". , ; :".
    [GeneratedRegex(
        "(?:" + LabelGroups + BracketLabel + @")[\s.,;:]*$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TrailingLabel();

    // The same groups at the very start, followed by separators: "[ICLR 2024] Title", "**NeurIPS 2022**: Title".
    [GeneratedRegex(
        @"^\s*(?:" + LabelGroups + BracketLabel + @")[\s.,;:|–—-]*",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(
        LabelGroups + @"\[(?<plain>[^\[\]\u0001\u0002\u0003]{1,100})\]",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AnyLabel();

    // ", Maass W and Markram H (2004) - note", " - Roy et al. (2019) - note", "Yu HT(2021)".
    [GeneratedRegex(
        @"^[\s,;:–—-]*(?<authors>[^()]{1,300}?)\s*\((?<year>(?:19|20)\d{2})[a-z]?\)\s*(?:[-–—:,.]\s*(?<note>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex AuthorsAndYear();
}
