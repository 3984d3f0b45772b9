using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace SnnBib.Core.Lists;

/// <summary>Pipe tables: one entry per row, fields and link kinds taken from the header (see <see cref="TableColumns"/>).</summary>
internal sealed partial class ListDocumentWalker
{
    private void ReadTable(Table table, int lineOffset)
    {
        var rows = table.OfType<TableRow>().ToArray();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        if (header is null || !filter.IsPaperSection(_sections.Headings, _sections.Group))
        {
            return;
        }

        var roles = TableColumns.From(header.OfType<TableCell>().Select(c => CellPlainText(c)).ToArray());
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            ReadTableRow(row.OfType<TableCell>().ToArray(), roles, row.Line + 1 + lineOffset);
        }
    }

    private void ReadTableRow(IReadOnlyList<TableCell> cells, IReadOnlyList<TableColumnRole> roles, int line)
    {
        TableColumnRole RoleOf(int column) => column < roles.Count ? roles[column] : TableColumnRole.Other;

        var titleColumn = Enumerable.Range(0, cells.Count).FirstOrDefault(i => RoleOf(i) == TableColumnRole.Title, -1);
        if (titleColumn < 0)
        {
            return;
        }

        var titleText = EntryTextParser.Parse(CellTokens(cells[titleColumn]));
        var links = new List<PendingLink>();
        string? venueCell = null, authors = null;
        int? yearCell = null;
        var notes = new List<string>();
        for (var column = 0; column < cells.Count; column++)
        {
            var role = RoleOf(column);
            if (column == titleColumn)
            {
                links.AddRange(titleText.Links.Select(l => new PendingLink(l, ReferenceEquals(l, titleText.TitleLink) ? LinkKind.Paper : null)));
                continue;
            }

            var hint = role switch
            {
                TableColumnRole.PaperLinks => LinkKind.Paper,
                TableColumnRole.CodeLinks => LinkKind.Code,
                TableColumnRole.Venue or TableColumnRole.Authors or TableColumnRole.Year => LinkKind.Other,
                _ => (LinkKind?)null,
            };
            links.AddRange(CellTokens(cells[column]).OfType<LinkToken>().Select(l => new PendingLink(l, hint)));

            var plain = CellPlainText(cells[column]);
            switch (role)
            {
                case TableColumnRole.Venue when plain.Length > 0:
                    venueCell = plain;
                    break;
                case TableColumnRole.Year when YearCell().Match(plain) is { Success: true } year:
                    yearCell = int.Parse(year.Value, CultureInfo.InvariantCulture);
                    break;
                case TableColumnRole.Authors when plain.Length > 0:
                    authors = plain;
                    break;
                case TableColumnRole.Note when plain.Length > 0:
                    notes.Add(plain);
                    break;
            }
        }

        if (titleText.Title.Length == 0 && links.Count == 0)
        {
            return;
        }

        // A Venue column says more than a label inside the title cell; a Year column fills in a year-less venue.
        var venueLabel = venueCell is null ? titleText.Label : VenueLabel.TryParse(venueCell);
        var labelText = venueCell ?? titleText.Label?.Text;
        var venue = venueCell is null ? titleText.Label?.Venue : venueLabel?.Venue ?? venueCell;
        AddEntry(line, titleText.Title, labelText, venue, venueLabel?.Year ?? yearCell ?? titleText.LooseYear,
            authors ?? titleText.AuthorsText, notes.Count > 0 ? string.Join("; ", notes) : titleText.Note, links);
    }

    private static IReadOnlyList<InlineToken> CellTokens(TableCell cell) =>
        cell.OfType<ParagraphBlock>().SelectMany(p => InlineTokenizer.Read(p.Inline)).ToArray();

    private static string CellPlainText(TableCell cell) =>
        InlineTokenizer.Collapse(string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => InlineTokenizer.PlainText(p.Inline, imagesAsAlt: false))));

    [GeneratedRegex(@"(?<![0-9])(?:19|20)\d{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearCell();
}
