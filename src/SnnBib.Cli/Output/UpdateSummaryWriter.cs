using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Updating;
using Spectre.Console;

namespace SnnBib.Cli.Output;

/// <summary>The end of an update: counts by status, what each host cost, and every conflict and failure by name.</summary>
internal static class UpdateSummaryWriter
{
    public static void Write(UpdateSummary summary, IReadOnlyList<SourceStatisticsSnapshot> hosts, TextWriter output, TextWriter error)
    {
        var console = TerminalOutput.For(output);
        if (summary.DryRun)
        {
            var planned = new Table().Border(TableBorder.Simple).AddColumn("source").AddColumn("look-up").AddColumn("paper");
            foreach (var lookup in summary.Lookups)
            {
                planned.AddRow(
                    Markup.Escape(lookup.Source.ToString().ToLowerInvariant()),
                    Markup.Escape($"{lookup.Query.Kind.ToString().ToLowerInvariant()} {lookup.Query.Value}"),
                    Markup.Escape(lookup.Title));
            }

            console.Write(planned);
            console.WriteLine($"dry run: {summary.Lookups.Count} look-ups would be made for {summary.Lookups.Select(l => l.Identity).Distinct().Count()} papers; nothing was fetched or written.");
            return;
        }

        var counts = new Table().Border(TableBorder.Simple).AddColumn("papers").AddColumn(new TableColumn("count").RightAligned());
        counts.AddRow("resolved", summary.Resolved.ToString());
        counts.AddRow("preprint-only", summary.PreprintOnly.ToString());
        counts.AddRow("unresolved", summary.Unresolved.ToString());
        counts.AddRow("conflicts", summary.Conflicts.ToString());
        counts.AddRow("failed look-ups", summary.Failed.ToString());
        counts.AddRow("fresh in cache (skipped)", summary.SkippedFresh.ToString());
        counts.AddRow("not refreshed", summary.NotRefreshed.ToString());
        counts.AddRow("total", summary.Total.ToString());
        console.Write(counts);

        var used = hosts.Where(h => h.Requests > 0).ToList();
        if (used.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("host").AddColumn(new TableColumn("requests").RightAligned()).AddColumn(new TableColumn("retries").RightAligned())
                .AddColumn(new TableColumn("failed").RightAligned()).AddColumn(new TableColumn("mean").RightAligned())
                .AddColumn(new TableColumn("slowest").RightAligned()).AddColumn("note");
            foreach (var h in used.OrderByDescending(h => h.SlowestLatency))
            {
                table.AddRow(
                    Markup.Escape(h.Host), h.Requests.ToString(), h.Retries.ToString(), h.Failures.ToString(),
                    $"{h.AverageLatency.TotalSeconds:0.00} s", $"{h.SlowestLatency.TotalSeconds:0.00} s",
                    Markup.Escape(h.CircuitOpened ? "circuit opened: host left alone; its papers retry next run" : h.Failures > 0 ? "failures" : string.Empty));
            }

            console.Write(table);
        }

        console.WriteLine($"{summary.LookupsMade} look-ups made.");
        foreach (var conflict in summary.ConflictDetails)
        {
            error.WriteLine($"conflict: {conflict.Title}: {conflict.Issue.Message}");
        }

        foreach (var failure in summary.Failures)
        {
            error.WriteLine($"failed: {failure.Title}: {failure.Source.ToString().ToLowerInvariant()} {failure.Query}: {failure.Error}");
        }

        foreach (var warning in summary.Warnings)
        {
            error.WriteLine($"warning: {warning}");
        }

        if (summary.Cancelled)
        {
            error.WriteLine("interrupted: everything finished before the interruption is saved; run 'snnbib update' again to continue.");
        }
        else if (summary.Failed > 0 || summary.NotRefreshed > 0)
        {
            error.WriteLine("Papers that failed or were not refreshed are retried by the next 'snnbib update'.");
        }
    }
}
