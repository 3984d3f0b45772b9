using SnnBib.Resolvers.Updating;
using Spectre.Console;

namespace SnnBib.Cli.Output;

/// <summary>
/// Shows an update's progress on stderr: a live bar on a terminal, plain lines when stderr is redirected
/// (a line per stage change and per tenth of the work, so logs stay short).
/// </summary>
internal static class UpdateProgressDisplay
{
    public static async Task<UpdateSummary> RunAsync(TextWriter error, Func<IProgress<UpdateProgress>, Task<UpdateSummary>> run)
    {
        if (!TerminalOutput.IsTerminal(error))
        {
            return await run(new PlainLines(error)).ConfigureAwait(false);
        }

        UpdateSummary? summary = null;
        await TerminalOutput.For(error).Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: 1);
                summary = await run(new Synchronous(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Markup.Escape(Describe(p));
                })).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return summary!;
    }

    internal static string Describe(UpdateProgress p) =>
        $"{p.Stage switch { UpdateStage.Identifiers => "identifiers", UpdateStage.TitleSearch => "title search", UpdateStage.PublishedVersion => "published versions", _ => "merging" }}" +
        (p.Source is null ? string.Empty : $" ({p.Source.Value.ToString().ToLowerInvariant()})");

    /// <summary>Reports on the caller's thread: Progress&lt;T&gt; would post to the thread pool and reorder reports.</summary>
    private sealed class Synchronous(Action<UpdateProgress> report) : IProgress<UpdateProgress>
    {
        public void Report(UpdateProgress value) => report(value);
    }

    private sealed class PlainLines(TextWriter error) : IProgress<UpdateProgress>
    {
        private UpdateStage? _stage;
        private int _lastTenth = -1;

        public void Report(UpdateProgress value)
        {
            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (value.Stage == _stage && tenth == _lastTenth)
            {
                return;
            }

            _stage = value.Stage;
            _lastTenth = tenth;
            error.WriteLine($"update: {Describe(value)} {value.Done}/{value.Total} look-ups");
        }
    }
}
