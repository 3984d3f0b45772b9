namespace SnnBib.Resolvers.Merging;

/// <summary>What kind of record a value came from: the rows of the merge-policy table are ordered by these.</summary>
public enum RecordKind
{
    /// <summary>A Crossref record of a published work (journal article, proceedings paper, chapter, book).</summary>
    CrossrefPublished,

    /// <summary>An OpenReview note whose venueid says accepted.</summary>
    OpenReviewAccepted,

    /// <summary>An arXiv preprint.</summary>
    ArxivPreprint,

    /// <summary>An OpenReview submission that is not (or not known to be) accepted: under review, rejected, withdrawn.</summary>
    OpenReviewSubmission,

    /// <summary>A Crossref record of something unpublished (posted content, report, dataset…).</summary>
    CrossrefPosted,

    /// <summary>The list's own data (title, venue label, link).</summary>
    List,
}
