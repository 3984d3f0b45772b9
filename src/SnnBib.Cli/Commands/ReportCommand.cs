using System.CommandLine;
using SnnBib.Cli.Output;
using SnnBib.Cli.Pipeline;

namespace SnnBib.Cli.Commands;

/// <summary>
/// `snnbib report`: everything a careful author should look at, from the list and the cache (no network). Exits 0
/// whatever it finds (findings are the report's content, not a failure); 2 for bad arguments, an unreadable list
/// or an unusable overrides file.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var list = CommonOptions.List();
        var sections = CommonOptions.Sections();
        var cache = CommonOptions.Cache();
        var json = new Option<bool>("--json") { Description = "Write the report as JSON (for scripts)." };
        var markdown = new Option<bool>("--markdown") { Description = "Write the report as Markdown, ready to paste into an issue to the list's maintainers." };
        var command = new Command("report", "Show what needs a person's look: suspect links, matches needing review with their best candidates, " +
            "venue/year disagreements, differing titles, merged duplicates, unresolved papers. Reads the list and the cache only; exit 0.")
        {
            list, sections, cache, json, markdown,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(json) && result.GetValue(markdown))
            {
                result.AddError("--json and --markdown cannot be used together");
            }
        });
        command.SetAction((parse, _) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var reading = ListReading.Load(parse.GetValue(list), parse.GetValue(sections) ?? []);
            var report = ReportBuilder.Build(reading, parse.GetValue(cache)!, error);
            if (parse.GetValue(json))
            {
                output.Write(ReportJsonWriter.Write(report));
            }
            else if (parse.GetValue(markdown))
            {
                output.Write(ReportMarkdownWriter.Write(report));
            }
            else
            {
                ReportTableWriter.Write(report, output);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
