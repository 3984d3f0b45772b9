namespace SnnBib.Resolvers.Crossref;

/// <summary>A Crossref author: given/family for people, name for organisations.</summary>
public sealed record CrossrefContributor(string? Given, string? Family, string? Name, string? Sequence, string? Orcid);
