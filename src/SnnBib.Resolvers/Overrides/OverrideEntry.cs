using SnnBib.Core.Identifiers;
using SnnBib.Resolvers.Merging;

namespace SnnBib.Resolvers.Overrides;

/// <summary>One paper's corrections in the overrides file.</summary>
/// <param name="Line">1-based line of the entry in the file (for messages).</param>
/// <param name="Paper">Which paper: its identity, an identifier key it carries, its citation key, or its listed title.</param>
/// <param name="Pins">Identifiers the person vouches for; they replace the list's identifiers of the same kind.</param>
/// <param name="Reject">Records never to merge: "doi:…", "arxiv:…", "openreview:…".</param>
/// <param name="Fields">Fields to set (empty value: remove), as in <see cref="MergePolicy.OverridableFields"/>.</param>
public sealed record OverrideEntry(
    int Line,
    string Paper,
    IReadOnlyList<PaperIdentifier> Pins,
    IReadOnlyList<string> Reject,
    IReadOnlyDictionary<string, string> Fields)
{
    public PaperOverrides ToPaperOverrides() => new()
    {
        Fields = Fields,
        RejectedRecords = new HashSet<string>(Reject, StringComparer.OrdinalIgnoreCase),
        PinnedIdentifiers = new HashSet<string>(Pins.Select(p => p.Key), StringComparer.OrdinalIgnoreCase),
    };
}
