using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Updating;

/// <summary>One <see cref="PaperUpdater.UpdateAsync"/> call: its plan, its progress and its tallies.</summary>
internal sealed class UpdateRun(
    UpdatePlanner planner,
    RecordMerger merger,
    CacheStore cache,
    TimeProvider time,
    UpdateOptions options,
    IProgress<UpdateProgress>? progress)
{
    private readonly Lock _gate = new();
    private readonly FreshnessPolicy _freshness = options.Freshness with
    {
        Force = options.Force || options.Freshness.Force,
        MaxAge = options.MaxAge ?? options.Freshness.MaxAge,
    };

    private readonly List<string> _warnings = [];
    private readonly List<LookupFailure> _failures = [];
    private readonly List<PlannedLookup> _made = [];
    private readonly Dictionary<SourceName, SourceStats> _stats = [];
    private DateTimeOffset _start;
    private int _done;
    private int _total;
    private int _papers;

    public async Task<UpdateSummary> RunAsync(IReadOnlyList<UpdateItem> items, CancellationToken cancellationToken)
    {
        _start = time.GetUtcNow();
        var (scope, unmatchedOnly) = SelectScope(items);
        _papers = scope.Count;
        // A caller already holding the lock keeps it; otherwise the run holds it while it runs.
        using var held = options.DryRun || cache.IsLocked ? null : cache.Lock();

        var works = scope.Select(Load).ToList();
        foreach (var work in works)
        {
            work.Primary.AddRange(planner.PlanPrimary(work));
        }

        var cancelled = false;
        var wouldFetch = new List<PlannedLookup>();
        if (options.DryRun)
        {
            wouldFetch.AddRange(works.SelectMany(w => Due(w, w.Primary).Concat(Due(w, planner.PlanDerived(w)))).Select(p => p.ToPlannedLookup()));
        }
        else if (!options.Offline)
        {
            try
            {
                await RunStageAsync(works.SelectMany(w => Due(w, w.Primary.Where(p => p.Stage == UpdateStage.Identifiers))).ToList(), cancellationToken);
                await RunStageAsync(works.SelectMany(w => Due(w, w.Primary.Where(p => p.Stage == UpdateStage.TitleSearch))).ToList(), cancellationToken);
                // Follow-ups lead to follow-ups (arXiv's DOI, then a title search when Crossref did not confirm it).
                for (var round = 0; round < UpdatePlanner.MaxDerivedRounds; round++)
                {
                    var due = works.SelectMany(w => Due(w, planner.PlanDerived(w))).ToList();
                    if (due.Count == 0)
                    {
                        break;
                    }

                    await RunStageAsync(due, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                cancelled = true;
            }
        }

        var outcomes = works.Select(Finish).ToList();
        return Summarize(outcomes, unmatchedOnly, cancelled, options.DryRun ? wouldFetch : _made);
    }

    private (List<UpdateItem> Scope, List<string> UnmatchedOnly) SelectScope(IReadOnlyList<UpdateItem> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<UpdateItem>();
        foreach (var item in items)
        {
            if (seen.Add(item.Identity))
            {
                unique.Add(item);
            }
            else
            {
                _warnings.Add($"paper {item.Identity} is given twice; \"{item.Title}\" ignored");
            }
        }

        var only = options.Only.Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        if (only.Count == 0)
        {
            return (unique, []);
        }

        return (unique.Where(i => only.Any(o => IsNamedBy(i, o))).ToList(),
                only.Where(o => !unique.Any(i => IsNamedBy(i, o))).ToList());
    }

    private static bool IsNamedBy(UpdateItem item, string name) =>
        string.Equals(item.Identity, name, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(item.Key, name, StringComparison.OrdinalIgnoreCase) ||
        item.Identifiers.Any(i =>
            string.Equals(i.Key, name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(i.Value, name, StringComparison.OrdinalIgnoreCase));

    private PaperWork Load(UpdateItem item)
    {
        var loaded = cache.Load(item.Identity);
        if (loaded.Warning is not null)
        {
            _warnings.Add(loaded.Warning.ToString());
        }

        return new PaperWork(item, loaded.Paper);
    }

    private IEnumerable<PlannedRequest> Due(PaperWork work, IEnumerable<PlannedRequest> plan) =>
        plan.Where(p => !work.Answered.Contains(p.Query.Key) &&
                        _freshness.IsDue(work.Lookups.GetValueOrDefault(p.Query.Key), work.StartStatus, _start));

    private async Task RunStageAsync(List<PlannedRequest> due, CancellationToken cancellationToken)
    {
        if (due.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _total += due.Count;
        }

        // Sources are different hosts with their own rate limits: ask them side by side.
        var perResolver = due.GroupBy(p => p.Resolver).Select(g => AskAsync(g.Key, g.ToList(), cancellationToken));
        await Task.WhenAll(perResolver);
    }

    private async Task AskAsync(IResolver resolver, List<PlannedRequest> requests, CancellationToken cancellationToken)
    {
        // Identifier look-ups batch well (one request for many); each title search is a request of its own.
        var batches = requests
            .GroupBy(p => p.Request.Identifier is null)
            .SelectMany(g => Batches(g.ToList(), g.Key ? options.SearchBatchSize : options.IdentifierBatchSize));
        foreach (var batch in batches)
        {
            var stage = batch[0].Stage;
            cancellationToken.ThrowIfCancellationRequested();
            Report(stage, batch[0], resolver.Source);
            var started = time.GetTimestamp();
            IReadOnlyList<SourceLookup> answers;
            string? failure = null;
            try
            {
                answers = await resolver.LookupAsync(batch.Select(p => p.Request).ToList(), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The contract says resolvers do not throw; if one does, its papers fail and the run goes on.
                answers = [];
                failure = $"{resolver.Source} failed: {e.Message}";
            }

            var elapsed = time.GetElapsedTime(started);
            lock (_gate)
            {
                Record(resolver, batch, answers, failure, elapsed);
            }
        }
    }

    /// <summary>Batches of at most <paramref name="size"/>, never two questions about one paper in a batch (answers are matched back by identity).</summary>
    internal static IEnumerable<List<PlannedRequest>> Batches(List<PlannedRequest> requests, int size)
    {
        var pending = requests;
        while (pending.Count > 0)
        {
            var batch = new List<PlannedRequest>();
            var rest = new List<PlannedRequest>();
            var identities = new HashSet<string>(StringComparer.Ordinal);
            foreach (var request in pending)
            {
                if (batch.Count < size && identities.Add(request.Paper.Item.Identity))
                {
                    batch.Add(request);
                }
                else
                {
                    rest.Add(request);
                }
            }

            yield return batch;
            pending = rest;
        }
    }

    private void Record(IResolver resolver, List<PlannedRequest> batch, IReadOnlyList<SourceLookup> answers, string? failure, TimeSpan elapsed)
    {
        var asked = batch.ToDictionary(p => p.Paper.Item.Identity, StringComparer.Ordinal);
        var byIdentity = new Dictionary<string, SourceLookup>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (!asked.ContainsKey(answer.Identity))
            {
                _warnings.Add($"{resolver.Source} answered about {answer.Identity}, which it was not asked about; ignored");
            }
            else
            {
                byIdentity.TryAdd(answer.Identity, answer);
            }
        }

        int found = 0, notFound = 0, errors = 0;
        foreach (var request in batch)
        {
            var work = request.Paper;
            var identity = work.Item.Identity;
            var lookup = byIdentity.GetValueOrDefault(identity) ?? new SourceLookup(
                identity, LookupOutcome.Error, time.GetUtcNow(), null, [], failure ?? $"{resolver.Source} gave no answer");
            work.Lookups[request.Query.Key] = CachedLookup.From(request.Query, lookup);
            work.Answered.Add(request.Query.Key);
            _made.Add(request.ToPlannedLookup());
            _done++;
            switch (lookup.Outcome)
            {
                case LookupOutcome.Found:
                    found++;
                    break;
                case LookupOutcome.NotFound:
                    notFound++;
                    break;
                default:
                    errors++;
                    work.Failed = true;
                    _failures.Add(new LookupFailure(
                        identity, work.Item.Title, resolver.Source, request.Query.Value, lookup.Error ?? "failed", lookup.RequestUrl));
                    break;
            }
        }

        var before = _stats.GetValueOrDefault(resolver.Source) ?? new SourceStats(resolver.Source, 0, 0, 0, 0, 0, TimeSpan.Zero);
        _stats[resolver.Source] = before with
        {
            Calls = before.Calls + 1,
            Lookups = before.Lookups + batch.Count,
            Found = before.Found + found,
            NotFound = before.NotFound + notFound,
            Errors = before.Errors + errors,
            Elapsed = before.Elapsed + elapsed,
        };

        // Saved now, not at the end: a run killed after this point keeps these answers.
        foreach (var work in batch.Select(p => p.Paper).Distinct())
        {
            Save(work);
        }
    }

    /// <summary>Merges what is known and writes the paper's file when it changed. Returns the merge.</summary>
    private MergeResult Save(PaperWork work)
    {
        var item = work.Item;
        var relevant = planner.Relevant(work);
        var result = merger.Merge(item.ListRecord, relevant.Select(l => l.ToAnswer(item.Identity)).ToList(), item.Overrides);
        if (options.DryRun || (work.Cached is null && relevant.Count == 0))
        {
            return result;
        }

        var paper = new CachedPaper
        {
            Identity = item.Identity,
            SavedAt = work.Cached?.SavedAt ?? default,
            Lookups = relevant,
            Merged = result.Record,
            Issues = result.Issues,
        };
        if (work.Cached is not null && CacheStore.Serialize(paper).AsSpan().SequenceEqual(CacheStore.Serialize(work.Cached)))
        {
            return result;
        }

        paper = paper with { SavedAt = time.GetUtcNow() };
        cache.Save(paper);
        work.Cached = paper;
        return result;
    }

    private PaperOutcome Finish(PaperWork work)
    {
        MergeResult result;
        lock (_gate)
        {
            result = Save(work);
        }

        var stillDue = Due(work, work.Primary).Any() || Due(work, planner.PlanDerived(work)).Any();
        var skippedFresh = work.Answered.Count == 0 && !stillDue && work.Primary.Count > 0;
        Report(UpdateStage.Merging, null, null);
        return new PaperOutcome(
            work.Item.Identity, work.Item.Title, result.Record, work.Answered.Count > 0, skippedFresh, stillDue, work.Failed, result.Issues);
    }

    private void Report(UpdateStage stage, PlannedRequest? current, SourceName? source)
    {
        if (progress is null)
        {
            return;
        }

        int done, total;
        lock (_gate)
        {
            (done, total) = (_done, _total);
        }

        progress.Report(new UpdateProgress(stage, done, total, _papers, current?.Paper.Item.Identity, current?.Paper.Item.Title, source));
    }

    private UpdateSummary Summarize(List<PaperOutcome> outcomes, List<string> unmatchedOnly, bool cancelled, List<PlannedLookup> lookups)
    {
        // Every kind that can make a paper a conflict (RecordMerger.StatusOf), so each conflict is named with its reason.
        var conflictKinds = new[] { MergeIssueKind.TitleConflict, MergeIssueKind.SearchNearMiss, MergeIssueKind.YearOutOfRange, MergeIssueKind.CandidateDisagrees, MergeIssueKind.AmbiguousSearch };
        return new UpdateSummary
        {
            Total = outcomes.Count,
            Resolved = outcomes.Count(o => o.Status == RecordStatus.Resolved),
            PreprintOnly = outcomes.Count(o => o.Status == RecordStatus.PreprintOnly),
            Unresolved = outcomes.Count(o => o.Status == RecordStatus.Unresolved),
            Conflicts = outcomes.Count(o => o.Status == RecordStatus.Conflict),
            Failed = outcomes.Count(o => o.Failed),
            SkippedFresh = outcomes.Count(o => o.SkippedFresh),
            NotRefreshed = outcomes.Count(o => o.NotRefreshed),
            LookupsMade = _made.Count,
            Cancelled = cancelled,
            DryRun = options.DryRun,
            Offline = options.Offline,
            Sources = new Dictionary<SourceName, SourceStats>(_stats),
            Papers = outcomes,
            ConflictDetails = outcomes
                .Where(o => o.Status == RecordStatus.Conflict)
                .SelectMany(o => o.Issues.Where(i => conflictKinds.Contains(i.Kind)).Select(i => new PaperIssue(o.Identity, o.Title, i)))
                .ToList(),
            Failures = _failures.ToList(),
            Lookups = lookups.ToList(),
            UnmatchedOnly = unmatchedOnly,
            Warnings = _warnings.ToList(),
        };
    }
}
