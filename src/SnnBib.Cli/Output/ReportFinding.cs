using SnnBib.Resolvers.Matching;

namespace SnnBib.Cli.Output;

/// <summary>One thing a careful author should look at, about one paper.</summary>
/// <param name="Line">The list line of the paper's first entry (0 when not from the list).</param>
/// <param name="Kind">Machine name of the finding ("wrong-link", "near-miss", "venue-label" …).</param>
public sealed record ReportFinding(
    ReportCategory Category,
    string Kind,
    int Line,
    string Title,
    string Identity,
    string Message,
    string? RequestUrl,
    IReadOnlyList<CandidateSummary> Candidates);
