namespace SnnBib.Core.Lists;

/// <summary>What a column of a paper table holds, judged from its header.</summary>
internal enum TableColumnRole
{
    Other,
    Title,
    Venue,
    Year,
    Authors,
    PaperLinks,
    CodeLinks,
    Note,
}
