namespace SnnBib.Resolvers.Merging;

/// <summary>How a source was asked about a paper.</summary>
public enum LookupKind
{
    /// <summary>By an identifier the paper carries (arXiv id, DOI, OpenReview id): the answer names one record.</summary>
    Identifier,

    /// <summary>By title search: the answer is a list of candidates, possibly none of them the paper.</summary>
    Title,
}
