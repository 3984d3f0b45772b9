namespace SnnBib.Resolvers.Crossref;

/// <summary>How the Crossref resolver shapes its requests.</summary>
public sealed record CrossrefResolverOptions
{
    /// <summary>DOIs per filter request (one list request instead of that many single-record ones).</summary>
    public int BatchSize { get; init; } = 20;

    /// <summary>Candidates kept per title search, highest Crossref score first.</summary>
    public int TitleCandidates { get; init; } = 5;
}
