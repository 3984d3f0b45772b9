using System.Globalization;
using Spectre.Console;

namespace SnnBib.Cli.Output;

/// <summary>The report as a terminal table: one row per finding, candidates under it.</summary>
internal static class ReportTableWriter
{
    public static void Write(ReportData report, TextWriter output)
    {
        var console = TerminalOutput.For(output);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("section").AddColumn(new TableColumn("line").RightAligned()).AddColumn("paper").AddColumn("finding");
        foreach (var f in report.Findings)
        {
            var finding = string.Join("\n", f.Candidates.Select(c => "  candidate: " + ReportText.Candidate(c)).Prepend(f.Message));
            table.AddRow(
                Markup.Escape(ReportText.Name(f.Category)),
                f.Line.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(f.Title),
                Markup.Escape(finding));
        }

        if (report.Findings.Count > 0)
        {
            console.Write(table);
        }

        console.WriteLine($"{report.ListName}: {ReportText.Summary(report)}.");
    }
}
