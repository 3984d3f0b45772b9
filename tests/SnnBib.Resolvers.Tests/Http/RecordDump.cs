using System.Text;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Tests.Http;

/// <summary>A stable, readable text form of mapped records for approved-file snapshots.</summary>
internal static class RecordDump
{
    public static string Format(IEnumerable<SourceRecord> records)
    {
        var sb = new StringBuilder();
        foreach (var record in records)
        {
            var item = record.Item;
            sb.Append("== ").Append(record.Source).Append(' ').Append(item.Id).Append('\n');
            Line(sb, "type", item.Type);
            Line(sb, "title", item.Title);
            for (var i = 0; i < item.Author.Count; i++)
            {
                Line(sb, $"author[{i}]", Name(item.Author[i]));
            }

            Line(sb, "issued", item.Issued is null ? null : string.Join('-', item.Issued.DateParts[0]));
            Line(sb, "container-title", item.ContainerTitle);
            Line(sb, "event-title", item.EventTitle);
            Line(sb, "publisher", item.Publisher);
            Line(sb, "volume", item.Volume);
            Line(sb, "issue", item.Issue);
            Line(sb, "page", item.Page);
            Line(sb, "number", item.Number);
            Line(sb, "DOI", item.Doi is null ? null : record.DoiFromArxiv ? item.Doi + " (from arXiv metadata)" : item.Doi);
            Line(sb, "URL", item.Url);
            Line(sb, "abstract", item.Abstract is { Length: > 160 } a ? a[..160] + "…" : item.Abstract);
            Line(sb, "arxiv", record.ArxivId is null ? null : $"{record.ArxivId} v{record.ArxivVersion} {record.ArxivPrimaryClass}");
            Line(sb, "journal-ref", record.JournalRef);
            Line(sb, "comment", record.Comment);
            Line(sb, "openreview", record.OpenReviewId);
            Line(sb, "venue", record.Venue);
            Line(sb, "venueid", record.VenueId);
            Line(sb, "accepted", record.Accepted?.ToString());
            Line(sb, "score", record.Score?.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    public static string Name(CslName name) =>
        name.Literal is not null ? $"{{{name.Literal}}}" : name.Given is null ? name.Family! : $"{name.Family} | {name.Given}";

    private static void Line(StringBuilder sb, string label, string? value)
    {
        if (value is not null)
        {
            sb.Append("  ").Append(label).Append(": ").Append(value).Append('\n');
        }
    }
}
