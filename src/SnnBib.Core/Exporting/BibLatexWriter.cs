using System.Globalization;
using System.Text;
using SnnBib.Core.Model;

namespace SnnBib.Core.Exporting;

/// <summary>
/// biblatex (format "biblatex"): UTF-8 for biber; date, journaltitle, eprinttype = {arxiv} + eprint + eprintclass.
/// </summary>
/// <remarks>
/// Types follow biblatex's data model so that biber --validate-datamodel stays silent: @inproceedings (needs author,
/// booktitle) and @article (needs author, journaltitle) only when the record has those fields; arXiv preprints are
/// @online (needs title and eprint/url/doi, no author); everything else is @misc with the venue in howpublished.
/// Fields the chosen type does not define are left out (publisher on @article and @online; volume, number and pages
/// on @misc and @online).
/// </remarks>
public sealed class BibLatexWriter : IExporter
{
    public string Format => "biblatex";

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
        var e = BibTexEscaper.Unicode;
        var item = r.Item;
        var type = r.Kind switch
        {
            EntryKind.Conference when r.HasAuthors => "inproceedings",
            EntryKind.Journal when r.HasAuthors => "article",
            EntryKind.Preprint when r.Venue is null => "online",
            _ => "misc",
        };
        var paper = type is "inproceedings" or "article";
        var arxiv = r.Record.ArxivId;

        var fields = new List<BibTexField>
        {
            new("author", e.Names(item.Author)),
            new("title", item.Title is null ? string.Empty : e.Title(item.Title)),
            new("booktitle", type == "inproceedings" ? e.Text(r.Venue!) : string.Empty),
            new("eventtitle", type == "inproceedings" && item.EventTitle is { } ev && ev.Trim() != r.Venue ? Text(e, ev) : string.Empty),
            new("journaltitle", type == "article" ? e.Text(r.Venue!) : string.Empty),
            new("howpublished", type == "misc" ? Text(e, r.Venue ?? (r.Kind == EntryKind.Preprint ? null : r.Publisher)) : string.Empty),
            new("volume", paper ? Text(e, item.Volume) : string.Empty),
            new("number", type == "article" ? Text(e, item.Issue) : string.Empty),
            new("pages", paper && item.Page is not null ? e.Pages(item.Page) : string.Empty),
            new("date", Date(item.Issued)),
            new("publisher", type == "inproceedings" ? Text(e, r.Publisher) : string.Empty),
            new("doi", item.Doi is null ? string.Empty : e.Verbatim(item.Doi)),
            new("eprinttype", arxiv is null ? string.Empty : "arxiv"),
            new("eprint", arxiv is null ? string.Empty : e.Verbatim(arxiv)),
            new("eprintclass", arxiv is null ? string.Empty : Text(e, r.Record.ArxivPrimaryClass)),
            new("url", item.Url is null ? string.Empty : e.Verbatim(item.Url)),
            new("note", Text(e, item.Note)),
            new("abstract", options.BibTexAbstracts && item.Abstract is not null ? e.Abstract(item.Abstract) : string.Empty),
        };
        return new BibTexEntry(type, r.Key, fields);
    }

    /// <summary>ISO 8601 with the parts known: "2024", "2024-03", "2024-03-15".</summary>
    public static string Date(CslDate? date) => date switch
    {
        null => string.Empty,
        { Month: null } => date.Year.ToString("D4", CultureInfo.InvariantCulture),
        { Day: null } => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}"),
    };

    private static string Text(BibTexEscaper e, string? value) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : e.Text(value);
}
