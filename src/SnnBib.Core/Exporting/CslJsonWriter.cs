using System.Text.Encodings.Web;
using System.Text.Json;
using SnnBib.Core.Model;

namespace SnnBib.Core.Exporting;

/// <summary>
/// CSL-JSON (format "csljson"): an array of items valid against csl-data.json, with citation-key, pretty-printed
/// (two spaces, "\n"), non-ASCII written as UTF-8 rather than \u escapes.
/// </summary>
/// <remarks>
/// arXiv preprints are type "article" (Zotero imports it as a preprint) with publisher "arXiv" and number
/// "arXiv:ID" — the variables Zotero's own CSL export uses for a preprint's repository and archive id, which
/// citeproc styles print ("arXiv:2401.01234"). Text is written exactly (math such as $O(L)$ stays as text).
/// </remarks>
public sealed class CslJsonWriter : IExporter
{
    private static readonly CslJsonContext Context = new(new JsonSerializerOptions(CslJsonContext.Default.Options)
    {
        // A file, not HTML: keep letters such as ü and ł readable; JSON-significant characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public string Format => "csljson";

    public string FileExtension => ".json";

    public string Write(IReadOnlyList<PaperRecord> records, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<CslJsonItem> items = [.. records.Select(r => ToItem(ExportedRecord.From(r)))];
        return JsonSerializer.Serialize(items, Context.IReadOnlyListCslJsonItem) + "\n";
    }

    public static CslJsonItem ToItem(ExportedRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var item = r.Item;
        var preprint = r.Kind == EntryKind.Preprint;
        return new CslJsonItem
        {
            Id = item.Id,
            Type = preprint ? CslItemType.Article : item.Type,
            CitationKey = r.Key,
            Title = Blank(item.Title),
            Author = item.Author.Count == 0 ? null : [.. item.Author.Select(a => new CslJsonName(Blank(a.Family), Blank(a.Given), Blank(a.Literal)))],
            Issued = item.Issued is null ? null : new CslJsonDate(item.Issued.DateParts),
            ContainerTitle = Blank(item.ContainerTitle),
            EventTitle = Blank(item.EventTitle),
            Publisher = Blank(r.Publisher),
            Volume = Blank(item.Volume),
            Issue = Blank(item.Issue),
            Page = Blank(item.Page),
            Number = Blank(preprint ? r.PreprintNumber : item.Number),
            Doi = Blank(item.Doi),
            Url = Blank(item.Url),
            Abstract = Blank(item.Abstract),
            Note = Blank(item.Note),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
