using System.Globalization;
using System.Text;

namespace SnnBib.Cli.Output;

/// <summary>The report as Markdown, ready to paste into an issue or pull request to the list's maintainers.</summary>
internal static class ReportMarkdownWriter
{
    public static string Write(ReportData report)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"## snnbib review of {Escape(report.ListName)}\n\n");
        sb.Append(ReportText.Summary(report)).Append(".\n");
        foreach (var group in report.Findings.GroupBy(f => f.Category))
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n### {ReportText.Heading(group.Key)} ({group.Count()})\n\n");
            foreach (var f in group)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- [ ] **{Escape(f.Title)}** (line {f.Line}): {Escape(f.Message)}\n");
                foreach (var c in f.Candidates)
                {
                    sb.Append("  - candidate: ").Append(Escape(ReportText.Candidate(c))).Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>Characters that Markdown would read as markup in running text.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
