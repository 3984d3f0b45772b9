using System.CommandLine;
using System.Text;
using SnnBib.Cli.Output;
using SnnBib.Cli.Pipeline;
using SnnBib.Core.Exporting;
using SnnBib.Core.Model;

namespace SnnBib.Cli.Commands;

/// <summary>`snnbib export`: the bibliography, from the cache's merged records where there are any, else from the list.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var list = CommonOptions.List();
        var sections = CommonOptions.Sections();
        var cache = CommonOptions.Cache();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: bibtex (classic, 7-bit), biblatex (UTF-8, eprint fields), ris (Zotero, EndNote), csljson (citeproc, Zotero).",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "bibtex",
        };
        format.AcceptOnlyFromAmong([.. ExporterRegistry.All.Select(e => e.Format)]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE instead of stdout (written atomically).", HelpName = "FILE" };
        var keyFormat = new Option<string?>("--key-format")
        {
            Description = "Pattern for NEW citation keys (stored keys never change), e.g. \"{auth}{year}{title}\" (default).",
            HelpName = "PATTERN",
        };
        var abstracts = new Option<bool>("--abstracts") { Description = "Include abstracts in BibTeX/BibLaTeX (RIS and CSL-JSON always carry them)." };
        var command = new Command("export", "Write the bibliography of every paper in the list, from the cache where resolved, else from the list's own data.")
        {
            list, sections, cache, format, output, keyFormat, abstracts,
        };
        command.SetAction((parse, _) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var reading = ListReading.Load(parse.GetValue(list), parse.GetValue(sections) ?? []);
            foreach (var line in reading.Diagnostics())
            {
                error.WriteLine(line);
            }

            var bibliography = Bibliography.Build(reading, parse.GetValue(cache)!, parse.GetValue(keyFormat), error);
            var exporter = ExporterRegistry.Find(parse.GetValue(format)!)!;
            var text = exporter.Write(bibliography.Records, new ExportOptions { BibTexAbstracts = parse.GetValue(abstracts) });
            var path = parse.GetValue(output);
            if (path is not null && string.IsNullOrWhiteSpace(path))
            {
                throw new SnnBibCliException("--output: the file name is empty");
            }

            if (path is null)
            {
                parse.InvocationConfiguration.Output.Write(text);
            }
            else
            {
                OutputFile.WriteAtomically(path, text);
            }

            var unresolved = bibliography.Records.Count(r => r.Status == RecordStatus.Unresolved);
            var conflicts = bibliography.Records.Where(r => r.Status == RecordStatus.Conflict).ToList();
            error.WriteLine($"{bibliography.Records.Count} papers written{(path is null ? string.Empty : " to " + path)} ({exporter.Format}).");
            if (unresolved > 0)
            {
                error.WriteLine($"{unresolved} of them {(unresolved == 1 ? "is" : "are")} unresolved and written from the list's own data; " +
                    "run 'snnbib update' to fetch authors, DOIs and venues.");
            }

            if (exporter.Format == "bibtex")
            {
                foreach (var line in LossyText.Warnings(bibliography.Records))
                {
                    error.WriteLine(line);
                }
            }

            foreach (var conflict in conflicts)
            {
                error.WriteLine($"needs review: {conflict.Item.Id}: \"{conflict.Item.Title}\": a source's record disagrees with the list; see 'snnbib report'");
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
