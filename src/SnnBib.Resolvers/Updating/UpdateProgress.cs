using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Updating;

/// <summary>A progress report: look-ups answered so far out of those planned so far (the plan grows when records name a DOI).</summary>
/// <param name="Identity">The paper being looked up (the first of the batch).</param>
/// <param name="Source">The source being asked; null while merging.</param>
public sealed record UpdateProgress(
    UpdateStage Stage,
    int Done,
    int Total,
    int Papers,
    string? Identity,
    string? Title,
    SourceName? Source);
