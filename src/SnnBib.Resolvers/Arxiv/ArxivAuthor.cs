namespace SnnBib.Resolvers.Arxiv;

/// <summary>An Atom author as arXiv writes it: one display name and optional affiliations.</summary>
public sealed record ArxivAuthor(string Name, IReadOnlyList<string> Affiliations);
