namespace SnnBib.Core.Venues;

/// <summary>A venue as snnbib writes it: the full name (container-title) and what kind of venue it is.</summary>
/// <param name="Name">The full name, or the label as written when the catalog does not know it.</param>
/// <param name="Kind">Conference, journal, or unknown.</param>
/// <param name="IsKnown">True when the name comes from the catalog rather than the label as written.</param>
public sealed record Venue(string Name, VenueKind Kind, bool IsKnown);
