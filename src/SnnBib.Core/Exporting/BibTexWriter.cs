using System.Globalization;
using System.Text;
using SnnBib.Core.Model;

namespace SnnBib.Core.Exporting;

/// <summary>
/// Classic BibTeX (format "bibtex"): 7-bit ASCII, non-ASCII as LaTeX macros (see <see cref="BibTexEscaper"/>).
/// </summary>
/// <remarks>
/// An entry type is used only when the record has the fields the type requires: @inproceedings needs author and
/// booktitle, @article author and journal. arXiv preprints are @misc with eprint, archivePrefix, primaryClass and
/// howpublished = {arXiv:ID} (the only part plain styles print). Everything else is @misc with the venue, when
/// known, in howpublished. Entries without authors carry key = {title} so sorting styles have something to sort
/// by. Conference issue numbers are left out (BibTeX's number means "number in a series" there).
/// </remarks>
public sealed class BibTexWriter : IExporter
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public string Format => "bibtex";

    public string FileExtension => ".bib";

    public string Write(IReadOnlyList<PaperRecord> records, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return EntryList.Write(records, (record, sb) => Entry(record, options).WriteTo(sb));
    }

    public static BibTexEntry Entry(ExportedRecord r, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(options);
        var e = BibTexEscaper.Ascii;
        var item = r.Item;
        var type = r.Kind switch
        {
            EntryKind.Conference when r.HasAuthors => "inproceedings",
            EntryKind.Journal when r.HasAuthors => "article",
            _ => "misc",
        };
        var isMisc = type == "misc";
        var preprint = r.Kind == EntryKind.Preprint;
        string? howPublished = !isMisc ? null : preprint ? r.Venue ?? r.PreprintNumber : r.Venue;

        var fields = new List<BibTexField>
        {
            new("author", e.Names(item.Author)),
            new("title", item.Title is null ? string.Empty : e.Title(item.Title)),
            new("booktitle", type == "inproceedings" ? e.Text(r.Venue!) : string.Empty),
            new("journal", type == "article" ? e.Text(r.Venue!) : string.Empty),
            new("howpublished", howPublished is null ? string.Empty : e.Text(howPublished)),
            new("volume", Text(e, item.Volume)),
            new("number", type == "inproceedings" ? string.Empty : Text(e, item.Issue)),
            new("pages", item.Page is null ? string.Empty : e.Pages(item.Page)),
            new("year", item.Issued?.Year.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
            new("month", item.Issued?.Month is int m and >= 1 and <= 12 ? Months[m - 1] : string.Empty, IsMacro: true),
            new("publisher", preprint ? string.Empty : Text(e, r.Publisher)),
            new("doi", item.Doi is null ? string.Empty : e.Verbatim(item.Doi)),
            new("eprint", r.Record.ArxivId is null ? string.Empty : e.Verbatim(r.Record.ArxivId)),
            new("archivePrefix", r.Record.ArxivId is null ? string.Empty : "arXiv"),
            new("primaryClass", r.Record.ArxivId is null ? string.Empty : Text(e, r.Record.ArxivPrimaryClass)),
            new("url", item.Url is null ? string.Empty : e.Verbatim(item.Url)),
            new("key", r.HasAuthors || item.Title is null ? string.Empty : e.Text(item.Title)),
            new("note", Text(e, item.Note)),
            new("abstract", options.BibTexAbstracts && item.Abstract is not null ? e.Abstract(item.Abstract) : string.Empty),
        };
        return new BibTexEntry(type, r.Key, fields);
    }

    private static string Text(BibTexEscaper e, string? value) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : e.Text(value);
}
