using SnnBib.Resolvers.Merging;

namespace SnnBib.Resolvers.Updating;

/// <summary>A merge finding about one paper, with the paper's listed title.</summary>
public sealed record PaperIssue(string Identity, string Title, MergeIssue Issue)
{
    public override string ToString() => $"{Identity}: {Issue}";
}
