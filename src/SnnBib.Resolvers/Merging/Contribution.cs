using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Merging;

/// <summary>A record that may give fields to the merged paper: a matched source record, or the list's own record.</summary>
internal sealed record Contribution(
    RecordKind Kind,
    SourceName Source,
    string? RequestUrl,
    CslItem Item,
    string? ArxivId,
    string? ArxivPrimaryClass,
    string? OpenReviewId)
{
    public FieldProvenance Provenance => new(Source, RequestUrl);
}
