using SnnBib.Core.Identifiers;
using System.Globalization;
using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Merging;

/// <summary>How each policy field is read from a contributing record and written to the merged one.</summary>
internal static class MergeFields
{
    private sealed record Access(Func<Contribution, object?> Read, Func<PaperRecord, object?, PaperRecord> Write);

    private static readonly Dictionary<string, Access> ByName = new(StringComparer.Ordinal)
    {
        ["type"] = new(c => c.Item.Type, (r, v) => r with { Item = r.Item with { Type = (string?)v ?? r.Item.Type } }),
        ["title"] = Text(i => i.Title, (i, v) => i with { Title = v }),
        ["container-title"] = Text(i => i.ContainerTitle, (i, v) => i with { ContainerTitle = v }),
        ["event-title"] = Text(i => i.EventTitle, (i, v) => i with { EventTitle = v }),
        ["publisher"] = Text(i => i.Publisher, (i, v) => i with { Publisher = v }),
        ["volume"] = Text(i => i.Volume, (i, v) => i with { Volume = v }),
        ["issue"] = Text(i => i.Issue, (i, v) => i with { Issue = v }),
        ["page"] = Text(i => i.Page, (i, v) => i with { Page = v }),
        ["number"] = Text(i => i.Number, (i, v) => i with { Number = v }),
        ["DOI"] = Text(i => i.Doi, (i, v) => i with { Doi = v }),
        ["URL"] = Text(i => i.Url, (i, v) => i with { Url = v }),
        ["abstract"] = Text(i => i.Abstract, (i, v) => i with { Abstract = v }),
        ["note"] = Text(i => i.Note, (i, v) => i with { Note = v }),
        ["author"] = new(
            c => c.Item.Author.Count > 0 ? c.Item.Author : null,
            (r, v) => r with { Item = r.Item with { Author = (IReadOnlyList<CslName>?)v ?? [] } }),
        ["issued"] = new(c => c.Item.Issued, (r, v) => r with { Item = r.Item with { Issued = (CslDate?)v } }),
        ["arxiv-id"] = new(c => Blank(c.ArxivId), (r, v) => r with { ArxivId = (string?)v }),
        ["arxiv-primary-class"] = new(c => Blank(c.ArxivPrimaryClass), (r, v) => r with { ArxivPrimaryClass = (string?)v }),
        ["openreview-id"] = new(c => Blank(c.OpenReviewId), (r, v) => r with { OpenReviewId = (string?)v }),
    };

    public static bool IsKnown(string field) => ByName.ContainsKey(field);

    /// <summary>The field's value in the record, or null when it has none (empty text and empty lists count as none).</summary>
    public static object? Read(string field, Contribution from) => ByName[field].Read(from);

    public static PaperRecord Write(PaperRecord record, string field, object? value) => ByName[field].Write(record, value);

    /// <summary>An override's text as the field's value: "issued" takes a year; other fields take the text.</summary>
    public static object? Parse(string field, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        return field switch
        {
            "issued" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 10000
                ? new CslDate(year)
                : throw new FormatException($"override \"issued\" must be a year, not \"{text}\""),

            // Identifiers and the type are checked as strictly as the list's own, so a typo fails loudly instead of
            // reaching every export.
            "author" => ParseAuthors(value, text),
            "type" => CslItemType.All.Contains(value)
                ? value
                : throw new FormatException($"override \"type\" must be a CSL type such as paper-conference, article-journal or article, not \"{text}\""),
            "DOI" => DoiParser.Parse(value) is DoiId doi
                ? doi.Doi
                : throw new FormatException($"override \"DOI\" is not a DOI: \"{text}\""),
            "arxiv-id" => ArxivIdParser.Parse(value)?.Id
                ?? throw new FormatException($"override \"arxiv-id\" is not an arXiv id: \"{text}\""),
            "openreview-id" => OpenReviewIdParser.Parse(value)?.Id
                ?? throw new FormatException($"override \"openreview-id\" is not an OpenReview id: \"{text}\""),
            "URL" => Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                ? value
                : throw new FormatException($"override \"URL\" must be an http(s) URL, not \"{text}\""),
            _ => value,
        };
    }

    /// <summary>
    /// Authors as BibTeX writes them: "Family, Given and Family, Given"; a name without a comma is one literal name
    /// (an organisation), so "Ada Lovelace" is never split by guesswork.
    /// </summary>
    private static IReadOnlyList<CslName> ParseAuthors(string value, string text)
    {
        var names = value.Split(" and ", StringSplitOptions.TrimEntries);
        if (names.Any(n => n.Length == 0 || n.Count(c => c == ',') > 1))
        {
            throw new FormatException($"override \"author\" must be \"Family, Given and Family, Given\", not \"{text}\"");
        }

        return [.. names.Select(n => n.IndexOf(',', StringComparison.Ordinal) is var comma and > 0
            ? CslName.Person(n[..comma].Trim(), n[(comma + 1)..].Trim())
            : CslName.Organisation(n))];
    }

    private static Access Text(Func<CslItem, string?> read, Func<CslItem, string?, CslItem> write) =>
        new(c => Blank(read(c.Item)), (r, v) => r with { Item = write(r.Item, (string?)v) });

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
