using System.CommandLine;
using SnnBib.Cli.Output;

namespace SnnBib.Cli.Commands;

/// <summary>The composition root: builds the command tree and runs it with the given writers (tests pass their own).</summary>
public static class SnnBibApp
{
    public static RootCommand BuildRoot() => BuildRoot(CliServices.Default);

    internal static RootCommand BuildRoot(CliServices services)
    {
        var root = new RootCommand(
            "snnbib: turn a Markdown awesome list of papers into a trustworthy BibTeX, BibLaTeX, RIS or CSL-JSON bibliography.\n\n" +
            "Examples:\n" +
            "  snnbib list                                   the papers of the built-in list, as a table\n" +
            "  snnbib update --mailto you@example.org        fetch metadata for every paper into ./cache\n" +
            "  snnbib export --format bibtex -o refs.bib     write the bibliography\n" +
            "  snnbib export -f csljson --list my-list.md    CSL-JSON of your own list, to stdout\n" +
            "  snnbib report --markdown > review.md          what needs a person's look, ready for an issue\n\n" +
            "Exit codes: 0 done; 1 done but some papers failed or need review; 2 bad arguments or input;\n" +
            "4 cache unusable; 70 internal error; 130 interrupted (finished work is saved).");
        root.Subcommands.Add(ListCommand.Create());
        root.Subcommands.Add(UpdateCommand.Create(services));
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, CliServices.Default, cancellationToken);

    /// <summary>The test seam: runs with the given clock and resolver knobs instead of the defaults.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliServices services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var root = BuildRoot(services);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine would exit 1 here; bad arguments are exit 2 (documented), one line each.
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"snnbib: error: {parseError.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'snnbib --help' (or 'snnbib COMMAND --help') for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (SnnBibCliException e)
        {
            await error.WriteLineAsync($"snnbib: error: {e.Message}").ConfigureAwait(false);
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("snnbib: interrupted; finished work is saved").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not a user error: one line by default, the whole trace with SNNBIB_DEBUG=1.
            await error.WriteLineAsync($"snnbib: internal error: {e.GetType().Name}: {e.Message} (set SNNBIB_DEBUG=1 for details)").ConfigureAwait(false);
            if (Environment.GetEnvironmentVariable("SNNBIB_DEBUG") == "1")
            {
                await error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.Internal;
        }
    }
}
