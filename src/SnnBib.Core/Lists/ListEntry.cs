namespace SnnBib.Core.Lists;

/// <summary>One paper bullet (or numbered item, or table row) of an awesome list, as written.</summary>
public sealed record ListEntry
{
    /// <summary>1-based line of the entry in the source file.</summary>
    public required int Line { get; init; }

    /// <summary>The title, with the venue label and trailing period removed.</summary>
    public required string Title { get; init; }

    /// <summary>The venue label as written, e.g. "ICLR 2024", "Science Advances 2023"; null when there is none.</summary>
    public string? VenueLabel { get; init; }

    /// <summary>The venue part of the label, e.g. "ICLR".</summary>
    public string? Venue { get; init; }

    /// <summary>The year part of the label (or of "(2018)" after the authors in numbered lists).</summary>
    public int? Year { get; init; }

    /// <summary>The year of the enclosing section heading (e.g. "### 2024"), when there is one.</summary>
    public int? SectionYear { get; init; }

    /// <summary>The nearest group heading: a bold paragraph ("Review", "Arxiv") or the nearest heading.</summary>
    public string? Group { get; init; }

    /// <summary>All enclosing headings, outermost first.</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    /// <summary>Authors as written in the list (numbered style "Maass W and Markram H"), when present.</summary>
    public string? AuthorsText { get; init; }

    /// <summary>Free text written after the title and links, e.g. a numbered list's "- pioneering work on …".</summary>
    public string? Note { get; init; }

    public IReadOnlyList<ListLink> Links { get; init; } = [];

    /// <summary>The year that best dates the paper: the label's, else the section's.</summary>
    public int? BestYear => Year ?? SectionYear;
}
