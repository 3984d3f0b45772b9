using SnnBib.Core.Model;

namespace SnnBib.Core.Exporting;

/// <summary>
/// A record as every writer sees it: its kind, key, venue and the preprint details derived once, so the four
/// formats agree on what each paper is.
/// </summary>
public sealed record ExportedRecord(PaperRecord Record, EntryKind Kind, string Key, string? Venue)
{
    public CslItem Item => Record.Item;

    public bool HasAuthors => Item.Author.Any(a => !string.IsNullOrWhiteSpace(a.Family ?? a.Given ?? a.Literal));

    /// <summary>The preprint number: the item's own, else "arXiv:" + the arXiv id for preprints.</summary>
    public string? PreprintNumber =>
        Item.Number ?? (Kind == EntryKind.Preprint && Record.ArxivId is not null ? $"arXiv:{Record.ArxivId}" : null);

    /// <summary>The publisher; "arXiv" for arXiv preprints that name none.</summary>
    public string? Publisher =>
        Item.Publisher ?? (Kind == EntryKind.Preprint && Record.ArxivId is not null ? "arXiv" : null);

    /// <summary>Decides the kind: a conference or journal type counts only when its venue is known.</summary>
    public static ExportedRecord From(PaperRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var item = record.Item;
        var venue = Clean(item.ContainerTitle) ?? Clean(item.EventTitle);
        var kind = item.Type switch
        {
            CslItemType.PaperConference when venue is not null => EntryKind.Conference,
            CslItemType.ArticleJournal when venue is not null => EntryKind.Journal,
            _ when record.ArxivId is not null && (item.Type == CslItemType.Article || venue is null) => EntryKind.Preprint,
            _ => EntryKind.Other,
        };
        return new ExportedRecord(record, kind, KeyOf(item), venue);
    }

    /// <summary>The citation key (else the item id) with any character a BibTeX key cannot hold replaced by "_".</summary>
    public static string KeyOf(CslItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var key = item.CitationKey ?? item.Id;
        return new string([.. key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':' or '.' ? c : '_')]);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
