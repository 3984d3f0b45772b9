using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Merging;

/// <summary>Something the merge found worth a careful author's look, with the request that showed it.</summary>
/// <param name="RecordTitle">The title of the record in question, when there is one.</param>
/// <param name="Similarity">Its title similarity to the listed title (0..1), when computed.</param>
public sealed record MergeIssue(
    MergeIssueKind Kind,
    SourceName Source,
    string Message,
    string? RequestUrl = null,
    string? RecordTitle = null,
    double? Similarity = null)
{
    public override string ToString() => $"{Source}: {Message}";
}
