namespace SnnBib.Core.Model;

public enum RecordStatus
{
    /// <summary>Only the list's own data is known.</summary>
    Unresolved,

    /// <summary>Matched a published record (journal or proceedings).</summary>
    Resolved,

    /// <summary>Matched, but only as a preprint (arXiv) or a submission.</summary>
    PreprintOnly,

    /// <summary>A source returned a record that disagrees with the list (e.g. a different title).</summary>
    Conflict,
}
