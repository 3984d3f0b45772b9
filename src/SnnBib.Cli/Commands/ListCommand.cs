using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SnnBib.Cli.Output;
using SnnBib.Cli.Pipeline;
using SnnBib.Core.Lists;
using Spectre.Console;

namespace SnnBib.Cli.Commands;

/// <summary>`snnbib list`: the papers as the list describes them (no network, no cache).</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var list = CommonOptions.List();
        var sections = CommonOptions.Sections();
        var json = new Option<bool>("--json") { Description = "Write the papers as JSON (stable, for scripts) instead of a table." };
        var command = new Command("list", "Show the papers read from the list: title, venue label, year, identifiers, links (no network).")
        {
            list, sections, json,
        };
        command.SetAction((parse, _) =>
        {
            var reading = ListReading.Load(parse.GetValue(list), parse.GetValue(sections) ?? []);
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            foreach (var line in reading.Diagnostics())
            {
                error.WriteLine(line);
            }

            if (parse.GetValue(json))
            {
                output.Write(ToJson(reading));
            }
            else
            {
                WriteTable(reading, output);
            }

            error.WriteLine($"{reading.Read.Entries.Count} entries, {reading.Grouping.Papers.Count} papers, " +
                $"{reading.Read.Entries.Count - reading.Grouping.Papers.Count} merged, {reading.Grouping.Suspects.Count} suspect links, {reading.Read.Warnings.Count} warnings");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    internal static string ToJson(ListReading reading)
    {
        var papers = new JsonArray();
        foreach (var paper in reading.Grouping.Papers)
        {
            papers.Add(new JsonObject
            {
                ["identity"] = paper.Identity,
                ["title"] = paper.Primary.Title,
                ["identifiers"] = new JsonArray([.. paper.Identifiers.Select(i => (JsonNode)JsonValue.Create(i.Key)!)]),
                ["suspectLinks"] = new JsonArray([.. paper.SuspectLinks.Select(l => (JsonNode)JsonValue.Create(l.Target)!)]),
                ["entries"] = new JsonArray([.. paper.Entries.Select(EntryJson)]),
            });
        }

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return papers.ToJsonString(options).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode EntryJson(ListEntry e) => new JsonObject
    {
        ["line"] = e.Line,
        ["title"] = e.Title,
        ["venueLabel"] = e.VenueLabel,
        ["venue"] = e.Venue,
        ["year"] = e.Year,
        ["sectionYear"] = e.SectionYear,
        ["group"] = e.Group,
        ["authors"] = e.AuthorsText,
        ["links"] = new JsonArray([.. e.Links.Select(l => (JsonNode)new JsonObject
        {
            ["label"] = l.Label,
            ["target"] = l.Target,
            ["kind"] = l.Kind.ToString().ToLowerInvariant(),
            ["isUrl"] = l.IsUrl,
            ["identifier"] = l.Identifier?.Key,
        })]),
    };

    private static void WriteTable(ListReading reading, TextWriter output)
    {
        var console = TerminalOutput.For(output);
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("#");
        table.AddColumn("title");
        table.AddColumn("venue");
        table.AddColumn("year");
        table.AddColumn("identifiers");
        table.AddColumn("line");
        var n = 0;
        foreach (var paper in reading.Grouping.Papers)
        {
            var e = paper.Primary;
            table.AddRow(
                Markup.Escape((++n).ToString()),
                Markup.Escape(e.Title),
                Markup.Escape(e.VenueLabel ?? e.Group ?? string.Empty),
                Markup.Escape(e.BestYear?.ToString() ?? string.Empty),
                Markup.Escape(string.Join(" ", paper.Identifiers.Select(i => i.Key))),
                Markup.Escape(string.Join(",", paper.Entries.Select(x => x.Line))));
        }

        console.Write(table);
    }
}
