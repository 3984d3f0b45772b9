namespace SnnBib.Cli.Output;

/// <summary>The report's sections, in the order they are shown (most in need of a person first).</summary>
public enum ReportCategory
{
    /// <summary>A link whose record is another paper, or that another entry also carries.</summary>
    SuspectLink,

    /// <summary>A search candidate that may be the paper: kept out of the record until a person decides.</summary>
    NeedsReview,

    /// <summary>The listed venue or year disagrees with the resolved record.</summary>
    VenueOrYear,

    /// <summary>The published title differs from the listed one.</summary>
    TitleDiffers,

    /// <summary>Several entries of the list name one paper.</summary>
    Duplicate,

    /// <summary>Nothing was found (or `update` has not run for it yet).</summary>
    Unresolved,

    /// <summary>Anything else worth knowing: unconfirmed DOIs, ignored overrides.</summary>
    Other,
}
