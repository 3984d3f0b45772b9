namespace SnnBib.Resolvers.Merging;

/// <summary>
/// How alike (<see cref="Core.Text.TitleSimilarity"/>) a record's title must be to the listed one.
/// An identifier answer names one record that the list itself linked: a lower bar confirms it, and anything below
/// is a different paper (a wrong link). A title search returns look-alikes: only a near-identical title is accepted.
/// </summary>
public sealed record MatchThresholds
{
    public static MatchThresholds Default { get; } = new();

    /// <summary>
    /// An identifier's record at or above this agrees with the list. 0.85 accepts small-word, plural, typo and
    /// omitted-subtitle differences (0.9) and rejects a record sharing only "spiking neural networks" (≈0.5).
    /// </summary>
    public double IdentifierTitle { get; init; } = 0.85;

    /// <summary>A search candidate at or above this is the paper. 0.95 rejects one changed content word in titles of up to 19 content words.</summary>
    public double SearchTitle { get; init; } = 0.95;

    /// <summary>A search candidate between this and <see cref="SearchTitle"/> is a near miss: reported, never merged.</summary>
    public double SearchNearMiss { get; init; } = 0.7;

    /// <summary>A search candidate whose year differs from the listed one by more than this is not accepted.</summary>
    public int YearTolerance { get; init; } = 1;

    /// <summary>
    /// A preprint or submission may precede the listed (venue) year by this many years. Measured on the seed list: of
    /// the 46 arXiv-linked bullets with a year, 33 carry the preprint's year and 13 the next year, none later; two
    /// leaves a margin for slow reviews without admitting an older namesake.
    /// </summary>
    public int PreprintYearLead { get; init; } = 2;
}
