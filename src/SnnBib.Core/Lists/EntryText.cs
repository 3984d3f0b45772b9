namespace SnnBib.Core.Lists;

/// <summary>What one entry's text says, before it becomes a <see cref="ListEntry"/>.</summary>
/// <param name="Title">The title, label and trailing period removed; empty when the entry has none.</param>
/// <param name="Label">The venue label, when one was found.</param>
/// <param name="AuthorsText">Authors as written in "[Title](link), Authors (year)" entries.</param>
/// <param name="LooseYear">A year written outside a venue label: "Authors (2018)".</param>
/// <param name="Note">Free text after the title and links (a numbered list's description).</param>
/// <param name="Links">Every link in order.</param>
/// <param name="TitleLink">The link whose label is the title, if the title came from one.</param>
internal sealed record EntryText(
    string Title,
    VenueLabel? Label,
    string? AuthorsText,
    int? LooseYear,
    string? Note,
    IReadOnlyList<LinkToken> Links,
    LinkToken? TitleLink);
