namespace SnnBib.Resolvers.Merging;

/// <summary>
/// A venue field the chosen venue record lacks, taken from another record instead; only when the venue record is
/// one of <paramref name="WhenVenueIs"/> (empty: any), from the first of <paramref name="From"/> that has it.
/// </summary>
public sealed record VenueFallback(string Field, IReadOnlyList<RecordKind> WhenVenueIs, IReadOnlyList<RecordKind> From, string Why);
