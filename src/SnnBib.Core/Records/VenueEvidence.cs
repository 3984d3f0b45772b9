using SnnBib.Core.Venues;

namespace SnnBib.Core.Records;

/// <summary>A venue and year that a link's URL proves (e.g. a CVF open-access path "content/ICCV2023/…").</summary>
/// <param name="Venue">The catalog venue.</param>
/// <param name="Year">The edition year.</param>
/// <param name="Source">The identifier it came from, for messages ("cvf:ICCV2021/…").</param>
public sealed record VenueEvidence(Venue Venue, int Year, string Source);
