namespace SnnBib.Core.Model;

/// <summary>Where one field of a merged record came from, and the request that produced it (when fetched).</summary>
public sealed record FieldProvenance(SourceName Source, string? RequestUrl = null);
