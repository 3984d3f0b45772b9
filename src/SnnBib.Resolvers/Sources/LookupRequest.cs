using SnnBib.Core.Identifiers;

namespace SnnBib.Resolvers.Sources;

/// <summary>What to look up for one paper: by identifier when <see cref="Identifier"/> is set, else by title.</summary>
/// <param name="Identity">The paper's identity (ListedPaper.Identity); lookups are matched back by it.</param>
public sealed record LookupRequest(string Identity, PaperIdentifier? Identifier, string? Title, int? Year = null);
