namespace SnnBib.Cli.Output;

/// <summary>What `snnbib report` shows: counts by status and every finding, grouped by <see cref="ReportCategory"/>.</summary>
public sealed record ReportData(
    string ListName,
    int Papers,
    int Resolved,
    int PreprintOnly,
    int Conflicts,
    int Unresolved,
    IReadOnlyList<ReportFinding> Findings);
