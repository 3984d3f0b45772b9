namespace SnnBib.Resolvers.Arxiv;

/// <summary>One paper from an arXiv Atom feed, whitespace collapsed, nothing else changed.</summary>
public sealed record ArxivEntry
{
    /// <summary>Id without version, in normal form, e.g. "1707.08567" or "astro-ph/0601001".</summary>
    public required string Id { get; init; }

    /// <summary>The version this entry describes (the entry id always carries one).</summary>
    public int? Version { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<ArxivAuthor> Authors { get; init; } = [];

    public string? Summary { get; init; }

    /// <summary>Date of version 1.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Date of the returned version.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>arxiv:doi: the publisher DOI of the published version, as the authors reported it.</summary>
    public string? Doi { get; init; }

    public string? JournalRef { get; init; }

    public string? Comment { get; init; }

    public string? PrimaryCategory { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The abs page link (rel=alternate).</summary>
    public string? AbsUrl { get; init; }

    public string? PdfUrl { get; init; }
}
