using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Updating;

/// <summary>A look-up to make: which resolver, what to send, and the question's cache key.</summary>
internal sealed record PlannedRequest(PaperWork Paper, IResolver Resolver, LookupQuery Query, LookupRequest Request, UpdateStage Stage)
{
    public PlannedLookup ToPlannedLookup() => new(Paper.Item.Identity, Paper.Item.Title, Stage, Query);
}
