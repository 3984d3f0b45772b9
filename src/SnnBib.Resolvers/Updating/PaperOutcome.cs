using SnnBib.Core.Model;
using SnnBib.Resolvers.Merging;

namespace SnnBib.Resolvers.Updating;

/// <summary>Where one paper stands after the run.</summary>
/// <param name="Record">The merged record (the list-built one when nothing was ever fetched).</param>
/// <param name="Fetched">At least one look-up was answered this run.</param>
/// <param name="SkippedFresh">Nothing was due: every answer came from the cache.</param>
/// <param name="NotRefreshed">Some due look-up was not made (cancelled, offline, dry run).</param>
/// <param name="Failed">Some look-up failed this run.</param>
public sealed record PaperOutcome(
    string Identity,
    string Title,
    PaperRecord Record,
    bool Fetched,
    bool SkippedFresh,
    bool NotRefreshed,
    bool Failed,
    IReadOnlyList<MergeIssue> Issues)
{
    public RecordStatus Status => Record.Status;
}
