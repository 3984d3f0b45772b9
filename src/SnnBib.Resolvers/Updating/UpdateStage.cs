namespace SnnBib.Resolvers.Updating;

/// <summary>The update's phases, in the order they run.</summary>
public enum UpdateStage
{
    /// <summary>Look-ups by the identifiers the list links (arXiv ids, DOIs, OpenReview ids), batched.</summary>
    Identifiers,

    /// <summary>Title searches for papers without a usable identifier.</summary>
    TitleSearch,

    /// <summary>Crossref look-ups of DOIs named by matched records (arXiv's publisher DOI): the published version.</summary>
    PublishedVersion,

    /// <summary>Merging and saving.</summary>
    Merging,
}
