namespace SnnBib.Resolvers.Merging;

/// <summary>
/// A person's corrections for one paper (issue 4's overrides file feeds this; the merger only honours it).
/// Fields win over every source; a rejected record is never merged.
/// </summary>
public sealed record PaperOverrides
{
    public static PaperOverrides None { get; } = new();

    /// <summary>
    /// Field name (as in <see cref="MergePolicy.OverridableFields"/>: "title", "DOI", "container-title", "issued" as a
    /// year…) → value; an empty value removes the field.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>Records never to merge, by identifier key: "doi:10.1/x", "arxiv:2401.01234", "openreview:AbCd".</summary>
    public IReadOnlySet<string> RejectedRecords { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Identifier keys a person pinned ("doi:10.1/x"): the record they name is the paper, whatever its title says
    /// (a retitled publication); a differing title is still reported.
    /// </summary>
    public IReadOnlySet<string> PinnedIdentifiers { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public bool IsEmpty => Fields.Count == 0 && RejectedRecords.Count == 0 && PinnedIdentifiers.Count == 0;
}
