using SnnBib.Core.Model;
using SnnBib.Resolvers.Merging;

namespace SnnBib.Resolvers.Updating;

/// <summary>A look-up the update made (or, in a dry run, would make).</summary>
public sealed record PlannedLookup(string Identity, string Title, UpdateStage Stage, LookupQuery Query)
{
    public SourceName Source => Query.Source;

    public override string ToString() => $"{Identity}: {Query.Source} {Query.Kind.ToString().ToLowerInvariant()} {Query.Value}";
}
