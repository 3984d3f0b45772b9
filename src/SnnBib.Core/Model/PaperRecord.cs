namespace SnnBib.Core.Model;

/// <summary>
/// The canonical record of one paper: a CSL item plus what CSL has no field for (arXiv id, OpenReview id),
/// where each field came from and how sure snnbib is.
/// </summary>
public sealed record PaperRecord
{
    /// <summary>Stable paper identity (see ListedPaper.Identity), the key of the cache and of keys.json.</summary>
    public required string Identity { get; init; }

    public required CslItem Item { get; init; }

    public RecordStatus Status { get; init; } = RecordStatus.Unresolved;

    /// <summary>arXiv id without version, e.g. "2401.01234" or "hep-th/9901001".</summary>
    public string? ArxivId { get; init; }

    /// <summary>arXiv primary category, e.g. "cs.NE".</summary>
    public string? ArxivPrimaryClass { get; init; }

    public string? OpenReviewId { get; init; }

    /// <summary>CSL field name (e.g. "title", "author", "DOI") → where its value came from.</summary>
    public IReadOnlyDictionary<string, FieldProvenance> Provenance { get; init; } = new Dictionary<string, FieldProvenance>();
}
