using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Sources;

/// <summary>One record as a source describes it, mapped into the CSL shape, plus what the source alone knows.</summary>
public sealed record SourceRecord
{
    public required SourceName Source { get; init; }

    /// <summary>The CSL item as the source describes it (Id is the source's own id; keys are assigned later).</summary>
    public required CslItem Item { get; init; }

    /// <summary>arXiv id without version (arXiv records, or Crossref/OpenReview records that name one).</summary>
    public string? ArxivId { get; init; }

    public int? ArxivVersion { get; init; }

    public string? ArxivPrimaryClass { get; init; }

    /// <summary>arXiv journal_ref / comment as written, evidence for the published version.</summary>
    public string? JournalRef { get; init; }

    public string? Comment { get; init; }

    public string? OpenReviewId { get; init; }

    /// <summary>OpenReview venueid, e.g. "ICLR.cc/2024/Conference" (accepted) or ".../Rejected_Submission".</summary>
    public string? VenueId { get; init; }

    /// <summary>OpenReview: true when venueid says accepted; null when unknown or not OpenReview.</summary>
    public bool? Accepted { get; init; }

    /// <summary>Search relevance as the source reports it (Crossref score), when any.</summary>
    public double? Score { get; init; }

    /// <summary>
    /// True when <see cref="CslItem.Doi"/> is not this record's own DOI but the publisher DOI that arXiv's metadata
    /// (arxiv:doi, supplied by the authors) names for the published version. Unverified until Crossref confirms it.
    /// </summary>
    public bool DoiFromArxiv { get; init; }

    /// <summary>OpenReview content.venue, the human label (e.g. "ICLR 2024 poster"); decide acceptance on <see cref="VenueId"/>.</summary>
    public string? Venue { get; init; }
}
