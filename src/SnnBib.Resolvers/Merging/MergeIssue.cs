using SnnBib.Core.Model;
using SnnBib.Resolvers.Matching;

namespace SnnBib.Resolvers.Merging;

/// <summary>Something the merge found worth a careful author's look, with the request that showed it.</summary>
/// <param name="RecordTitle">The title of the record in question, when there is one.</param>
/// <param name="Similarity">Its title similarity to the listed title (0..1), when computed.</param>
/// <param name="Candidates">For a finding that needs review: the best candidates, best first; for a wrong link: the linked record.</param>
/// <param name="Query">The question that showed it ("arxiv:2103.00476", or the normalised title searched for).</param>
public sealed record MergeIssue(
    MergeIssueKind Kind,
    SourceName Source,
    string Message,
    string? RequestUrl = null,
    string? RecordTitle = null,
    double? Similarity = null,
    IReadOnlyList<CandidateSummary>? Candidates = null,
    string? Query = null)
{
    public override string ToString() => $"{Source}: {Message}";
}
