namespace SnnBib.Core.Venues;

/// <summary>What a venue publishes: conference proceedings or a journal.</summary>
public enum VenueKind
{
    /// <summary>Not known: the label is not in the catalog and does not say what it is.</summary>
    Unknown,

    Conference,

    Journal,
}
