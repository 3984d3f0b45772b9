namespace SnnBib.Resolvers.Merging;

public enum MergeIssueKind
{
    /// <summary>A record found by the paper's own identifier has a different title: a wrong link; the record is not merged.</summary>
    TitleConflict,

    /// <summary>A title search found only look-alikes (close, not equal): needs review, not merged.</summary>
    SearchNearMiss,

    /// <summary>A merged record's title differs from the listed one (accepted, but worth a look).</summary>
    TitleDiffers,

    /// <summary>A merged record's year differs from the listed year by more than the tolerance.</summary>
    YearDisagreement,

    /// <summary>
    /// OpenReview says the paper was not accepted (rejected, withdrawn, under review) while the list names a venue:
    /// the listed venue is not used.
    /// </summary>
    VenueDisagreement,

    /// <summary>A search candidate had the right title but a year too far from the listed one: not accepted.</summary>
    YearOutOfRange,

    /// <summary>
    /// arXiv names a DOI for the published version that no matching Crossref record confirmed (Crossref failed, did
    /// not know it, or has not been asked yet): the DOI is not used.
    /// </summary>
    UnconfirmedDoi,

    /// <summary>An override that names an unknown field or has an unusable value; ignored.</summary>
    OverrideRejected,

    /// <summary>
    /// A title search found the listed title, but the candidate's first author, year or venue disagrees: needs review,
    /// not merged.
    /// </summary>
    CandidateDisagrees,

    /// <summary>The list's venue label names another venue than the matched published record (an ICCV paper labelled ECCV).</summary>
    VenueLabelDiffers,

    /// <summary>
    /// A title search found two or more different works (other first authors or DOIs) that each pass, and nothing the
    /// list says tells them apart: none is merged; a person picks one (overrides file).
    /// </summary>
    AmbiguousSearch,

    /// <summary>
    /// The paper matched only as a preprint (arXiv, an OpenReview submission, posted content): the list's venue label is
    /// not exported as its venue, only kept in the note.
    /// </summary>
    VenueFromLabelOnly,

    /// <summary>
    /// A person rejected (overrides file) the record the list itself links: like a wrong link, the list's id, URL and
    /// preprint number for it are dropped and the title is searched instead.
    /// </summary>
    LinkRejected,
}
