namespace SnnBib.Resolvers.Merging;

/// <summary>A venue field never taken from a kind of record, even when that record is the venue record.</summary>
public sealed record VenueExclusion(RecordKind Kind, string Field, string Why);
