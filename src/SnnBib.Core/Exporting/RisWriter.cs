using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SnnBib.Core.Model;
using SnnBib.Core.Text;

namespace SnnBib.Core.Exporting;

/// <summary>
/// RIS (format "ris") with the tags Zotero's RIS importer and citation-js read. "\n" line endings (both split on
/// "\r?\n"; the RIS specification's CR LF is not needed by either), UTF-8, a blank line between records and
/// "ER  - " closing every record.
/// </summary>
/// <remarks>
/// TY: CONF for conference papers, JOUR for journal articles, RPRT for arXiv preprints. No RIS type imports as a
/// Zotero preprint: UNPB and GEN become journal articles (GEN a book in citation-js), MANSCPT a manuscript without
/// publisher or number; RPRT becomes a report in both Zotero and citation-js, and keeps arXiv as the institution (PB)
/// and the arXiv id as the report number (SN). Conference papers carry the venue in T2 (Zotero's conference name)
/// and the proceedings title in C3; journals in T2 only (Zotero reads JO as the abbreviation). PY is the year and DA
/// the date as YYYY/MM/DD/ with the parts known (citation-js finds no year in PY of a CONF record). ID carries the
/// citation key (Zotero ignores it; citation-js keeps it as the item id). N1 only for a real note, since Zotero
/// makes it a child note. Abstract line breaks become continuation lines.
/// </remarks>
public sealed partial class RisWriter : IExporter
{
    public string Format => "ris";

    public string FileExtension => ".ris";

    public string Write(IReadOnlyList<PaperRecord> records, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return EntryList.Write(records, (record, sb) => WriteRecord(record, sb));
    }

    /// <summary>The TY value for a record.</summary>
    public static string TypeOf(ExportedRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Kind switch
        {
            EntryKind.Conference => "CONF",
            EntryKind.Journal => "JOUR",
            EntryKind.Preprint => "RPRT",
            _ => r.Item.Type switch
            {
                CslItemType.PaperConference => "CONF",
                CslItemType.ArticleJournal => "JOUR",
                CslItemType.Book => "BOOK",
                CslItemType.Chapter => "CHAP",
                CslItemType.Report => "RPRT",
                CslItemType.Webpage => "ELEC",
                _ => "GEN",
            },
        };
    }

    /// <summary>"YYYY/MM/DD/" with the unknown parts empty: "2024///", "2024/03//", "2024/03/15/".</summary>
    public static string Date(CslDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var month = date.Month is int m ? m.ToString("D2", CultureInfo.InvariantCulture) : string.Empty;
        var day = date.Day is int d ? d.ToString("D2", CultureInfo.InvariantCulture) : string.Empty;
        return $"{date.Year.ToString("D4", CultureInfo.InvariantCulture)}/{month}/{day}/";
    }

    private static void WriteRecord(ExportedRecord r, StringBuilder sb)
    {
        var item = r.Item;
        var type = TypeOf(r);
        Tag(sb, "TY", type);
        Tag(sb, "ID", r.Key);
        foreach (var author in item.Author)
        {
            Tag(sb, "AU", Name(author));
        }

        Tag(sb, "TI", item.Title);
        if (type == "CONF")
        {
            Tag(sb, "T2", Line(item.EventTitle) ?? r.Venue);
            Tag(sb, "C3", item.ContainerTitle);
        }
        else
        {
            Tag(sb, "T2", r.Venue);
        }

        if (item.Issued is { } issued)
        {
            Tag(sb, "PY", issued.Year.ToString("D4", CultureInfo.InvariantCulture));
            Tag(sb, "DA", Date(issued));
        }

        Tag(sb, "VL", item.Volume);
        Tag(sb, "IS", item.Issue);
        if (item.Page is not null)
        {
            var (first, last) = PageRange.Split(item.Page);
            Tag(sb, "SP", first);
            Tag(sb, "EP", last);
        }

        Tag(sb, "PB", r.Publisher);
        Tag(sb, "SN", r.Kind == EntryKind.Preprint ? r.PreprintNumber : null);
        Tag(sb, "DO", item.Doi);
        Tag(sb, "UR", item.Url);
        if (!string.IsNullOrWhiteSpace(item.Abstract))
        {
            sb.Append("AB  - ").Append(AbstractLines(item.Abstract)).Append('\n');
        }

        Tag(sb, "N1", item.Note);
        sb.Append("ER  - \n");
    }

    private static string Name(CslName name)
    {
        var family = Line(name.Family);
        var given = Line(name.Given);
        return family is null ? Line(name.Literal) ?? given ?? string.Empty
            : given is null ? family
            : $"{family}, {given}";
    }

    private static void Tag(StringBuilder sb, string tag, string? value)
    {
        var line = Line(value);
        if (line is not null)
        {
            sb.Append(tag).Append("  - ").Append(line).Append('\n');
        }
    }

    // One physical line: every run of whitespace or control characters becomes one space.
    private static string? Line(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Blanks().Replace(LatinDecomposition.Compose(value.Normalize(NormalizationForm.FormC)), " ").Trim();
    }

    // Each abstract line on its own physical line; a line that would read as a tag ("ER  - …") is joined to the previous one.
    private static string AbstractLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r')
            .Select(Line)
            .OfType<string>()
            .ToList();
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length > 0)
            {
                sb.Append(TagLike().IsMatch(line) ? " " : "\n");
            }

            sb.Append(line);
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"[\s\p{Cc}\u2028\u2029]+")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"^[A-Z][A-Z0-9] {1,2}-")]
    private static partial Regex TagLike();
}
