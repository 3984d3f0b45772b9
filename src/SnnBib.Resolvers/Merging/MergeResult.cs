using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Merging;

/// <summary>The merged record, the records it was built from, and what deserves a look.</summary>
public sealed record MergeResult(PaperRecord Record, IReadOnlyList<MatchedRecord> Matches, IReadOnlyList<MergeIssue> Issues);
