using System.CommandLine;
using SnnBib.Cli.Output;
using SnnBib.Cli.Pipeline;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Sources;
using SnnBib.Resolvers.Updating;

namespace SnnBib.Cli.Commands;

/// <summary>`snnbib update`: resolve every paper of the list through arXiv, OpenReview and Crossref into the cache.</summary>
internal static class UpdateCommand
{
    public static Command Create(CliServices services)
    {
        var list = CommonOptions.List();
        var sections = CommonOptions.Sections();
        var cache = CommonOptions.Cache();
        var force = new Option<bool>("--force") { Description = "Refetch every paper, however fresh its cached answers." };
        var maxAge = new Option<double?>("--max-age")
        {
            Description = "Refetch answers older than DAYS (default: 30 for resolved papers, 7 for preprints and papers not found).",
            HelpName = "DAYS",
        };
        var only = new Option<string[]>("--only")
        {
            Description = "Only these papers: a citation key, an identity, an identifier (arxiv:…, doi:…) or a bare id (repeatable).",
            HelpName = "KEY|ID",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the look-ups that would be made; fetch and write nothing." };
        var offline = new Option<bool>("--offline") { Description = "Make no request; re-merge what the cache already holds." };
        var mailto = new Option<string?>("--mailto")
        {
            Description = $"Your e-mail address, sent to Crossref for its polite pool and in the User-Agent (or {SourceSettings.MailtoVariable}).",
            HelpName = "ADDRESS",
        };
        var arxivUrl = UrlOption("--arxiv-url", SourceSettings.ArxivUrlVariable, SourceSettings.DefaultArxivUrl);
        var crossrefUrl = UrlOption("--crossref-url", SourceSettings.CrossrefUrlVariable, SourceSettings.DefaultCrossrefUrl);
        var openReviewUrl = UrlOption("--openreview-url", SourceSettings.OpenReviewUrlVariable, SourceSettings.DefaultOpenReviewUrl);
        var openReviewV1Url = UrlOption("--openreview-v1-url", SourceSettings.OpenReviewV1UrlVariable, SourceSettings.DefaultOpenReviewV1Url);
        var command = new Command("update", "Fetch every paper's metadata from arXiv, OpenReview and Crossref into the cache. " +
            "Fresh answers are reused, so a rerun (or a run after an interruption) fetches only what is missing.")
        {
            list, sections, cache, force, maxAge, only, dryRun, offline, mailto, arxivUrl, crossrefUrl, openReviewUrl, openReviewV1Url,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            var reading = ListReading.Load(parse.GetValue(list), parse.GetValue(sections) ?? []);
            foreach (var line in reading.Diagnostics())
            {
                error.WriteLine(line);
            }

            var settings = ResolveSettings(new SourceSettingsOverrides(
                parse.GetValue(arxivUrl), parse.GetValue(crossrefUrl), parse.GetValue(openReviewUrl), parse.GetValue(openReviewV1Url), parse.GetValue(mailto)));
            var days = parse.GetValue(maxAge);
            if (days is { } d && (!double.IsFinite(d) || d < 0 || d > 36500))
            {
                throw new SnnBibCliException($"--max-age: DAYS must be a number from 0 to 36500, not {d}");
            }

            var options = new UpdateOptions
            {
                Force = parse.GetValue(force),
                MaxAge = days is null ? null : TimeSpan.FromDays(days.Value),
                Only = parse.GetValue(only) ?? [],
                DryRun = parse.GetValue(dryRun),
                Offline = parse.GetValue(offline),
            };
            var folder = parse.GetValue(cache)!;
            var items = UpdateItems.From(reading, folder, error);
            var time = services.Time;
            using var resolvers = new ResolverSet(settings, time, services.ResolverOptions);
            var store = new CacheStore(folder, time);
            var updater = new PaperUpdater(resolvers.Resolvers, store, time);
            UpdateSummary summary;
            try
            {
                summary = await UpdateProgressDisplay.RunAsync(
                    error, progress => updater.UpdateAsync(items, options, progress, cancellationToken)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is CacheLockedException or CacheUnavailableException)
            {
                throw new SnnBibCliException(e.Message, ExitCodes.Cache);
            }

            UpdateSummaryWriter.Write(summary, resolvers.Statistics(), output, error);
            foreach (var unmatched in summary.UnmatchedOnly)
            {
                error.WriteLine($"warning: --only {unmatched} names no paper of the list");
            }

            if (options.Only.Count > 0 && summary.UnmatchedOnly.Count == options.Only.Count)
            {
                throw new SnnBibCliException("--only: none of the given names is a paper of the list (use a citation key, an identity such as arxiv:2401.01234, or an id)");
            }

            if (summary.Cancelled)
            {
                return ExitCodes.Cancelled;
            }

            return summary.Failed > 0 || summary.Conflicts > 0 ? ExitCodes.Incomplete : ExitCodes.Success;
        });
        return command;
    }

    private static Option<string?> UrlOption(string name, string variable, Uri fallback) => new(name)
    {
        Description = $"Base URL of the service (or {variable}; default {fallback.AbsoluteUri.TrimEnd('/')}), e.g. a mirror or a local test server.",
        HelpName = "URL",
    };

    private static SourceSettings ResolveSettings(SourceSettingsOverrides overrides)
    {
        try
        {
            return SourceSettings.Resolve(overrides);
        }
        catch (SourceSettingsException e)
        {
            throw new SnnBibCliException(e.Message);
        }
    }
}
