using SnnBib.Testing;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Sources;
using SnnBib.Resolvers.Tests.Caching;
using SnnBib.Resolvers.Tests.Merging;
using SnnBib.Resolvers.Updating;
using Xunit;

namespace SnnBib.Resolvers.Tests.Updating;

public sealed class PaperUpdaterTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly TempFolder _folder = new();
    private readonly FakeWorld _world = new();
    private readonly FakeResolver _arxiv;
    private readonly FakeResolver _crossref;
    private readonly FakeResolver _openReview;

    public PaperUpdaterTests()
    {
        _arxiv = new FakeResolver(SourceName.Arxiv, _world, _time);
        _crossref = new FakeResolver(SourceName.Crossref, _world, _time);
        _openReview = new FakeResolver(SourceName.OpenReview, _world, _time);
    }

    private int TotalCalls => _arxiv.Calls.Count + _crossref.Calls.Count + _openReview.Calls.Count;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Update_FirstRun_EveryKindOfPaperEndsInTheRightState()
    {
        var items = SevenPapers();

        var summary = await Updater().UpdateAsync(items);

        Assert.Equal(7, summary.Total);
        var status = summary.Papers.ToDictionary(p => p.Identity, p => p.Status);
        Assert.Equal(RecordStatus.Resolved, status["arxiv:2401.00001"]);     // arXiv names its DOI → Crossref
        Assert.Equal(RecordStatus.PreprintOnly, status["arxiv:2401.00002"]);
        Assert.Equal(RecordStatus.Resolved, status["doi:10.1609/aaai.v38i1.00003"]);
        Assert.Equal(RecordStatus.Resolved, status["openreview:OrAccept04"]);
        Assert.Equal(RecordStatus.Resolved, status["title:searched paper about dendritic spiking neurons"]);
        Assert.Equal(RecordStatus.Unresolved, status["title:a paper no source knows about"]);
        Assert.Equal(RecordStatus.Conflict, status["arxiv:2401.00007"]);
        Assert.Equal((4, 1, 1, 1), (summary.Resolved, summary.PreprintOnly, summary.Unresolved, summary.Conflicts));
        Assert.Equal(0, summary.Failed);
        Assert.Equal(0, summary.SkippedFresh);
        Assert.False(summary.Cancelled);

        var conflict = Assert.Single(summary.ConflictDetails);
        Assert.Equal("arxiv:2401.00007", conflict.Identity);
        Assert.Equal(MergeIssueKind.TitleConflict, conflict.Issue.Kind);
        Assert.Equal("https://arxiv.test/lookup?id=2401.00007", conflict.Issue.RequestUrl);

        var cache = new CacheStore(_folder.Path);
        var first = cache.TryLoadMerged("arxiv:2401.00001")!;
        Assert.Equal("10.1609/aaai.v38i1.00001", first.Item.Doi);
        Assert.Equal(new FieldProvenance(SourceName.Crossref, "https://crossref.test/lookup?id=10.1609%2Faaai.v38i1.00001"), first.Provenance["DOI"]);
        Assert.Equal(SourceName.Arxiv, first.Provenance["abstract"].Source);
        Assert.Null(cache.TryLoadMerged("arxiv:2401.00007")!.Item.Doi);
        Assert.Equal(7, cache.LoadAll().Count(r => r.Paper is not null));

        var arxivStats = summary.Sources[SourceName.Arxiv];
        Assert.Equal(3 + 2 + 1, arxivStats.Lookups); // 3 ids, 2 title searches, and the wrong link's title searched instead
        Assert.Contains(summary.Lookups, l => l.Identity == "arxiv:2401.00007" && l.Query.Kind == LookupKind.Title);
        // the preprint that was never published: its published version was looked for on Crossref, by title
        Assert.Contains(summary.Lookups, l => l.Identity == "arxiv:2401.00002" && l.Query is { Source: SourceName.Crossref, Kind: LookupKind.Title });
        Assert.Equal(summary.LookupsMade, summary.Sources.Values.Sum(s => s.Lookups));
        Assert.Equal(summary.LookupsMade, summary.Lookups.Count);
    }

    [Fact]
    public async Task Update_IdentifiersFirstInBatchesThenTitleSearchesThenPublishedVersions()
    {
        var items = new List<UpdateItem>();
        for (var i = 1; i <= 30; i++)
        {
            var id = $"2402.{i:00000}";
            _world.AddArxiv(id, $"Spiking Paper Number {Word(i)}", doi: i <= 2 ? $"10.1000/published.{i}" : null);
            // ICML: no Crossref DOIs and not on OpenReview, so no published-version search beyond arXiv's DOIs
            items.Add(Item("arxiv:" + id, $"Spiking Paper Number {Word(i)}", 2024, "ICML 2024", new ArxivId(id)));
        }

        _world.AddCrossref("10.1000/published.1", "Spiking Paper Number One");
        _world.AddCrossref("10.1000/published.2", "Spiking Paper Number Two");
        for (var i = 1; i <= 3; i++)
        {
            items.Add(Item($"doi:10.1000/listed.{i}", $"Listed Doi Paper {Word(i)}", 2024, null, new DoiId($"10.1000/listed.{i}")));
            items.Add(Item($"title:unlinked paper {Word(i)}", $"Unlinked Paper {Word(i)}", 2024, null));
        }

        items.Add(Item("openreview:OrOne00001", "Open Review Paper One", 2024, null, new OpenReviewId("OrOne00001")));
        items.Add(Item("openreview:OrTwo00002", "Open Review Paper Two", 2024, null, new OpenReviewId("OrTwo00002")));

        await Updater().UpdateAsync(items, new UpdateOptions { IdentifierBatchSize = 25, SearchBatchSize = 4 });

        Assert.Equal([25, 5, 3], _arxiv.Calls.Select(c => c.Count));
        Assert.Equal(["2402.00001", "2402.00026"], new[] { _arxiv.Calls[0][0].Identifier!.Value, _arxiv.Calls[1][0].Identifier!.Value });
        Assert.All(_arxiv.Calls[2], r => Assert.Null(r.Identifier));
        Assert.Equal([3, 3, 2], _crossref.Calls.Select(c => c.Count));
        Assert.All(_crossref.Calls[0], r => Assert.IsType<DoiId>(r.Identifier));
        Assert.All(_crossref.Calls[1], r => Assert.Null(r.Identifier));
        Assert.Equal(["10.1000/published.1", "10.1000/published.2"], _crossref.Calls[2].Select(r => r.Identifier!.Value));
        Assert.Equal([2, 3], _openReview.Calls.Select(c => c.Count));

        // stage order across sources: every identifier call before any title search; DOIs named by records last
        var log = _world.CallLog;
        var lastIdentifierCall = log.Where(c => c.ByIdentifier && !(c.Source == SourceName.Crossref && c.Count == 2)).Max(c => c.Sequence);
        var firstSearch = log.Where(c => !c.ByIdentifier).Min(c => c.Sequence);
        var lastSearch = log.Where(c => !c.ByIdentifier).Max(c => c.Sequence);
        var publishedVersionCall = log.Single(c => c.Source == SourceName.Crossref && c.ByIdentifier && c.Count == 2).Sequence;
        Assert.True(lastIdentifierCall < firstSearch);
        Assert.True(lastSearch < publishedVersionCall);
    }

    [Fact]
    public async Task Update_ArxivNamesADoi_TitleSearchedForThePublishedVersionOnlyWhenCrossrefDoesNotConfirmIt()
    {
        _world.AddArxiv("2405.00001", "Confirmed Spiking Paper", doi: "10.1609/aaai.v38i1.00011");
        _world.AddCrossref("10.1609/aaai.v38i1.00011", "Confirmed Spiking Paper");
        _world.AddArxiv("2405.00002", "Unconfirmed Spiking Paper", doi: "10.1609/aaai.v38i1.00012"); // Crossref: 404
        var items = new List<UpdateItem>
        {
            Item("arxiv:2405.00001", "Confirmed Spiking Paper", 2024, "AAAI 2024", new ArxivId("2405.00001")),
            Item("arxiv:2405.00002", "Unconfirmed Spiking Paper", 2024, "AAAI 2024", new ArxivId("2405.00002")),
        };

        var summary = await Updater().UpdateAsync(items);

        Assert.Equal(
            ["arxiv|identifier|arxiv:2405.00001", "crossref|identifier|doi:10.1609/aaai.v38i1.00011"],
            summary.Lookups.Where(l => l.Identity == "arxiv:2405.00001").Select(l => l.Query.Key));
        Assert.Equal(
            ["arxiv|identifier|arxiv:2405.00002", "crossref|identifier|doi:10.1609/aaai.v38i1.00012", "crossref|title|unconfirmed spiking paper@2024"],
            summary.Lookups.Where(l => l.Identity == "arxiv:2405.00002").Select(l => l.Query.Key));
        Assert.Equal(RecordStatus.Resolved, summary.Papers.Single(p => p.Identity == "arxiv:2405.00001").Status);
        Assert.Equal(RecordStatus.PreprintOnly, summary.Papers.Single(p => p.Identity == "arxiv:2405.00002").Status);

        // the cached paper counts the same answers, so a rerun finds nothing left to ask
        Assert.Equal(2, new CacheStore(_folder.Path).Load("arxiv:2405.00001").Paper!.Lookups.Count);
        Assert.Equal(0, (await Updater().UpdateAsync(items)).LookupsMade);
    }

    [Fact]
    public async Task Update_Rerun_MakesNoLookupAndWritesNothing()
    {
        var items = SevenPapers();
        await Updater().UpdateAsync(items);
        var callsAfterFirst = TotalCalls;
        var files = PaperFiles();

        _time.Advance(TimeSpan.FromHours(1));
        var summary = await Updater().UpdateAsync(items);

        Assert.Equal(callsAfterFirst, TotalCalls);
        Assert.Equal(0, summary.LookupsMade);
        Assert.Equal(7, summary.SkippedFresh);
        Assert.Equal(0, summary.NotRefreshed);
        Assert.Equal((4, 1, 1, 1), (summary.Resolved, summary.PreprintOnly, summary.Unresolved, summary.Conflicts));
        Assert.Equal(files, PaperFiles());
    }

    [Fact]
    public async Task Update_AfterAWeek_PreprintsUnresolvedAndConflictsRefreshed_ResolvedKept()
    {
        var items = SevenPapers();
        await Updater().UpdateAsync(items);
        var before = (_arxiv.Requests.Count, _crossref.Requests.Count, _openReview.Requests.Count);

        _time.Advance(TimeSpan.FromDays(7));
        var week = await Updater().UpdateAsync(items);

        // preprint-only 2401.00002, conflict 2401.00007 (arXiv ids); unresolved title paper (3 searches)
        Assert.Equal(["arxiv:2401.00002", "arxiv:2401.00007", "title:a paper no source knows about"],
            week.Lookups.Select(l => l.Identity).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(4, week.SkippedFresh);
        Assert.Equal(before.Item1 + 4, _arxiv.Requests.Count); // 2 ids, the unknown title, the wrong link's title

        _time.Advance(TimeSpan.FromDays(23));
        var month = await Updater().UpdateAsync(items);
        Assert.Equal(0, month.SkippedFresh);
        Assert.Equal(7, month.Papers.Count(p => p.Fetched));
    }

    [Fact]
    public async Task Update_ForceAndMaxAge_RefetchFreshAnswers()
    {
        var items = SevenPapers();
        await Updater().UpdateAsync(items);

        var forced = await Updater().UpdateAsync(items, new UpdateOptions { Force = true });
        Assert.Equal(7, forced.Papers.Count(p => p.Fetched));

        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, (await Updater().UpdateAsync(items, new UpdateOptions { MaxAge = TimeSpan.FromHours(3) })).LookupsMade);
        Assert.Equal(7, (await Updater().UpdateAsync(items, new UpdateOptions { MaxAge = TimeSpan.FromHours(1) })).Papers.Count(p => p.Fetched));
    }

    [Fact]
    public async Task Update_FailedLookup_ReportedThenRetriedAloneNextRun()
    {
        var items = SevenPapers();
        _world.Failing.Add("arxiv:2401.00002");

        var first = await Updater().UpdateAsync(items);

        Assert.Equal(1, first.Failed);
        var failure = Assert.Single(first.Failures);
        Assert.Equal(("arxiv:2401.00002", SourceName.Arxiv, "HTTP 503 after 4 attempts"), (failure.Identity, failure.Source, failure.Error));
        Assert.Equal(1, first.Sources[SourceName.Arxiv].Errors);
        Assert.Equal(RecordStatus.Unresolved, first.Papers.Single(p => p.Identity == "arxiv:2401.00002").Status);

        _world.Failing.Clear();
        var arxivBefore = _arxiv.Requests.Count;
        var second = await Updater().UpdateAsync(items);

        // the id, then the search for its published version that the failure had kept from being planned
        Assert.Equal(["arxiv|identifier|arxiv:2401.00002", "crossref|title|spiking preprint never published@2023"], second.Lookups.Select(l => l.Query.Key));
        Assert.Equal(arxivBefore + 1, _arxiv.Requests.Count);
        Assert.Equal(RecordStatus.PreprintOnly, second.Papers.Single(p => p.Identity == "arxiv:2401.00002").Status);
        Assert.Equal(0, second.Failed);
    }

    [Fact]
    public async Task Update_CancelledMidRun_KeepsFinishedBatches_RerunAsksOnlyTheRest()
    {
        var items = TenArxivPapers();
        using var cancel = new CancellationTokenSource();
        _arxiv.BeforeCall = (call, token) =>
        {
            if (call == 1)
            {
                cancel.Cancel(); // Ctrl-C while the second batch is in flight
            }

            return Task.CompletedTask;
        };

        var summary = await Updater().UpdateAsync(items, new UpdateOptions { IdentifierBatchSize = 4 }, cancellationToken: cancel.Token);

        Assert.True(summary.Cancelled);
        Assert.Equal(4, summary.Papers.Count(p => p.Fetched));
        Assert.Equal(6, summary.NotRefreshed);
        var cache = new CacheStore(_folder.Path);
        Assert.Equal(4, cache.LoadAll().Count(r => r.Paper?.Merged?.Status == RecordStatus.PreprintOnly));

        _arxiv.BeforeCall = null;
        var asked = _arxiv.Requests.Count;
        var rerun = await Updater().UpdateAsync(items, new UpdateOptions { IdentifierBatchSize = 4 });

        var rest = _arxiv.Requests.Skip(asked).Select(r => r.Identity).ToList();
        Assert.Equal(items.Skip(4).Select(i => i.Identity), rest);
        Assert.Equal(10, rerun.PreprintOnly);
        Assert.Equal(4, rerun.SkippedFresh);
    }

    [Fact]
    public async Task Update_WhileRunning_FinishedBatchesAreAlreadyOnDisk()
    {
        // what a kill at this moment would leave: the first batch saved, merged, the second not yet
        var items = TenArxivPapers();
        var seen = new List<(string Identity, RecordStatus? Status)>();
        _arxiv.BeforeCall = (call, token) =>
        {
            if (call == 1)
            {
                var reader = new CacheStore(_folder.Path);
                seen.AddRange(items.Select(i => (i.Identity, reader.Load(i.Identity).Paper?.Merged?.Status)));
            }

            return Task.CompletedTask;
        };

        await Updater().UpdateAsync(items, new UpdateOptions { IdentifierBatchSize = 4 });

        Assert.All(seen.Take(4), s => Assert.Equal(RecordStatus.PreprintOnly, s.Status));
        Assert.All(seen.Skip(4), s => Assert.Null(s.Status));
    }

    [Fact]
    public async Task Update_DryRun_ListsWhatWouldBeFetched_AsksNothing_WritesNothing()
    {
        var items = SevenPapers();

        var dry = await Updater().UpdateAsync(items, new UpdateOptions { DryRun = true });

        Assert.True(dry.DryRun);
        Assert.Equal(0, TotalCalls);
        Assert.Empty(_folder.Files());
        // 3 arXiv ids, 1 DOI, 1 OpenReview id, 2 title-only papers × 3 sources; DOIs named by records are unknown yet
        Assert.Equal(11, dry.Lookups.Count);
        Assert.Equal(7, dry.NotRefreshed);
        Assert.Equal(0, dry.LookupsMade);

        await Updater().UpdateAsync(items);
        var calls = TotalCalls;
        _time.Advance(TimeSpan.FromDays(8));
        var later = await Updater().UpdateAsync(items, new UpdateOptions { DryRun = true });

        Assert.Equal(calls, TotalCalls);
        Assert.Equal(["arxiv:2401.00002", "arxiv:2401.00007", "title:a paper no source knows about"],
            later.Lookups.Select(l => l.Identity).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Update_DryRun_IncludesPublishedVersionLookupsTheCacheReveals()
    {
        var items = SevenPapers();
        await Updater().UpdateAsync(items);

        var dry = await Updater().UpdateAsync(items, new UpdateOptions { DryRun = true, Force = true });

        Assert.Contains(dry.Lookups, l => l.Stage == UpdateStage.PublishedVersion && l.Query.Value == "doi:10.1609/aaai.v38i1.00001");
    }

    [Fact]
    public async Task Update_Offline_AsksNothing_RemergesCachedAnswers()
    {
        var items = SevenPapers();
        await Updater().UpdateAsync(items.Where(i => i.Identity != "arxiv:2401.00002").ToList());
        var calls = TotalCalls;

        var corrected = items
            .Select(i => i.Identity == "doi:10.1609/aaai.v38i1.00003"
                ? i with { Overrides = new PaperOverrides { Fields = new Dictionary<string, string> { ["page"] = "11-19" } } }
                : i)
            .ToList();
        _time.Advance(TimeSpan.FromDays(60));
        var offline = await Updater().UpdateAsync(corrected, new UpdateOptions { Offline = true });

        Assert.Equal(calls, TotalCalls);
        Assert.True(offline.Offline);
        Assert.Equal(0, offline.LookupsMade);
        var paper = new CacheStore(_folder.Path).TryLoadMerged("doi:10.1609/aaai.v38i1.00003")!;
        Assert.Equal("11-19", paper.Item.Page);
        Assert.Equal(SourceName.User, paper.Provenance["page"].Source);
        Assert.Equal(RecordStatus.Unresolved, offline.Papers.Single(p => p.Identity == "arxiv:2401.00002").Status);
        Assert.Equal(7, offline.NotRefreshed); // 60 days: everything is due, nothing was asked
        Assert.Equal(4, offline.Resolved);
    }

    [Fact]
    public async Task Update_Only_TouchesTheNamedPapers()
    {
        var items = SevenPapers().Select((i, n) => i with { Key = "key" + n.ToString(CultureInfo.InvariantCulture) }).ToList();

        var summary = await Updater().UpdateAsync(items, new UpdateOptions { Only = ["2401.00002", "KEY2", "arxiv:9999.99999", " "] });

        Assert.Equal(2, summary.Total);
        Assert.Equal(["arxiv:2401.00002", "doi:10.1609/aaai.v38i1.00003"], summary.Papers.Select(p => p.Identity));
        Assert.Equal(["arxiv:9999.99999"], summary.UnmatchedOnly);
        Assert.Equal(3, TotalCalls); // the DOI, the arXiv id, and Crossref asked for the preprint's published version
    }

    [Fact]
    public async Task Update_CorruptCacheFile_WarnsAndRefetchesThatPaperOnly()
    {
        var items = SevenPapers();
        await Updater().UpdateAsync(items);
        var path = new CacheStore(_folder.Path).PathFor("arxiv:2401.00002");
        File.WriteAllText(path, "{\"schema\": 1, \"identity\": \"arxiv:24");

        var summary = await Updater().UpdateAsync(items);

        var warning = Assert.Single(summary.Warnings);
        Assert.Contains(path, warning, StringComparison.Ordinal);
        Assert.Equal(["arxiv:2401.00002"], summary.Lookups.Select(l => l.Identity).Distinct());
        Assert.NotNull(new CacheStore(_folder.Path).Load("arxiv:2401.00002").Paper);
    }

    [Fact]
    public async Task Update_ResolverThrows_ItsPapersFailTheRestGoesOn()
    {
        var items = SevenPapers();
        _crossref.Throw = new InvalidOperationException("socket closed");

        var summary = await Updater().UpdateAsync(items);

        Assert.All(summary.Failures, f => Assert.Equal(SourceName.Crossref, f.Source));
        Assert.Contains(summary.Failures, f => f.Error == "Crossref failed: socket closed");
        Assert.Equal(RecordStatus.PreprintOnly, summary.Papers.Single(p => p.Identity == "arxiv:2401.00001").Status);
        Assert.Equal(RecordStatus.Resolved, summary.Papers.Single(p => p.Identity == "openreview:OrAccept04").Status);
        Assert.True(summary.Sources[SourceName.Crossref].Errors > 0);

        _crossref.Throw = null;
        var rerun = await Updater().UpdateAsync(items);
        Assert.All(rerun.Lookups, l => Assert.Equal(SourceName.Crossref, l.Source));
        Assert.Equal(4, rerun.Resolved);
    }

    [Fact]
    public async Task Update_ResolverLeavesAPaperOut_ThatPaperFails()
    {
        var items = SevenPapers();
        _arxiv.Omit.Add("arxiv:2401.00002");

        var summary = await Updater().UpdateAsync(items);

        var failure = Assert.Single(summary.Failures);
        Assert.Equal("arxiv:2401.00002", failure.Identity);
        Assert.Equal("Arxiv gave no answer", failure.Error);
    }

    [Fact]
    public async Task Update_AnotherRunHoldsTheCache_FailsBeforeAsking()
    {
        using var other = new CacheStore(_folder.Path).Lock();

        await Assert.ThrowsAsync<CacheLockedException>(() => Updater().UpdateAsync(SevenPapers()));
        Assert.Equal(0, TotalCalls);
        // a dry run writes nothing and needs no lock
        Assert.Equal(11, (await Updater().UpdateAsync(SevenPapers(), new UpdateOptions { DryRun = true })).Lookups.Count);
    }

    [Fact]
    public async Task Update_CallerHoldsTheLock_RunUsesItAndLeavesItHeld()
    {
        var cache = new CacheStore(_folder.Path, _time);
        using var held = cache.Lock();

        var summary = await new PaperUpdater([_arxiv, _crossref, _openReview], cache, _time).UpdateAsync(SevenPapers());

        Assert.Equal(7, summary.Total);
        Assert.True(held.IsHeld);
        Assert.Throws<CacheLockedException>(() => new CacheStore(_folder.Path).Lock());
    }

    [Fact]
    public async Task Update_PaperWithTwoArxivIds_NeverTwiceInOneBatch()
    {
        _world.AddArxiv("2403.00001", "Twice Linked Spiking Paper");
        _world.AddArxiv("2403.00002", "Twice Linked Spiking Paper");
        var item = Item("arxiv:2403.00001", "Twice Linked Spiking Paper", 2024, "ICML 2024", new ArxivId("2403.00001"), new ArxivId("2403.00002"));

        var summary = await Updater().UpdateAsync([item]);

        Assert.Equal([1, 1], _arxiv.Calls.Select(c => c.Count));
        Assert.Equal(1, summary.PreprintOnly);
        Assert.Equal(2, new CacheStore(_folder.Path).Load(item.Identity).Paper!.Lookups.Count);
    }

    [Fact]
    public async Task Update_ListLinkFixed_AsksTheNewQuestionAndForgetsTheOldAnswer()
    {
        var items = SevenPapers();
        await Updater().UpdateAsync(items);
        _world.AddArxiv("2401.00077", "Spiking Transformers for Event Cameras");
        var fixedItems = items
            .Select(i => i.Identity == "arxiv:2401.00007" ? i with { Identifiers = [new ArxivId("2401.00077")] } : i)
            .ToList();

        var summary = await Updater().UpdateAsync(fixedItems);

        Assert.Equal(["arxiv|identifier|arxiv:2401.00077"], summary.Lookups.Select(l => l.Query.Key));
        Assert.Equal(RecordStatus.PreprintOnly, summary.Papers.Single(p => p.Identity == "arxiv:2401.00007").Status);
        var cached = new CacheStore(_folder.Path).Load("arxiv:2401.00007").Paper!;
        // the title search made after the wrong link is the published-version search now: reused, not asked again
        Assert.Equal(["arxiv|identifier|arxiv:2401.00077", "crossref|title|spiking transformers for event cameras@2024"], cached.Lookups.Select(l => l.Query.Key));
        // only the preprint matched: the list's venue label is reported, not exported as the venue
        Assert.Equal(MergeIssueKind.VenueFromLabelOnly, Assert.Single(cached.Issues).Kind);
    }

    [Fact]
    public async Task Update_ListsOwnLinkRejectedInOverrides_SearchedByTitleInstead()
    {
        // The linked preprint is a namesake a person rejected: the paper is searched by title, as after a wrong link.
        _world.AddArxiv("2401.00009", "Spiking Neurons for Tactile Sensing");
        _world.AddCrossref("10.1000/tactile.9", "Spiking Neurons for Tactile Sensing");
        var item = Item("arxiv:2401.00009", "Spiking Neurons for Tactile Sensing", 2024, null, new ArxivId("2401.00009"));
        item = item with
        {
            ListRecord = item.ListRecord with { ArxivId = "2401.00009", Item = item.ListRecord.Item with { Url = "https://arxiv.org/abs/2401.00009" } },
            Overrides = new PaperOverrides { RejectedRecords = new HashSet<string>(["arxiv:2401.00009"], StringComparer.OrdinalIgnoreCase) },
        };

        var summary = await Updater().UpdateAsync([item]);

        Assert.Contains(summary.Lookups, l => l.Query is { Source: SourceName.Crossref, Kind: LookupKind.Title });
        var paper = Assert.Single(summary.Papers);
        Assert.Equal(RecordStatus.Resolved, paper.Status);
        var merged = new CacheStore(_folder.Path).TryLoadMerged("arxiv:2401.00009")!;
        Assert.Equal("10.1000/tactile.9", merged.Item.Doi);
        Assert.Null(merged.ArxivId);
        Assert.DoesNotContain("arxiv.org", merged.Item.Url ?? "", StringComparison.Ordinal);
        var issue = Assert.Single(paper.Issues);
        Assert.Equal(MergeIssueKind.LinkRejected, issue.Kind);
        Assert.Contains("searched by title instead: found on Crossref", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ArxivNamesTheDoiOfAnotherPaper_UnconfirmedDoiNotAConflict()
    {
        _world.AddArxiv("2401.00010", "Spiking Neurons for Olfactory Coding", doi: "10.1000/other.10");
        _world.AddCrossref("10.1000/other.10", "Fish Population Dynamics in Alpine Lakes");

        var summary = await Updater().UpdateAsync([Item("arxiv:2401.00010", "Spiking Neurons for Olfactory Coding", 2023, null, new ArxivId("2401.00010"))]);

        // the DOI was asked (a follow-up), its record is another paper: arXiv's claim, not the list's wrong link
        Assert.Contains(summary.Lookups, l => l.Query.Key == "crossref|identifier|doi:10.1000/other.10");
        var paper = Assert.Single(summary.Papers);
        Assert.Equal(RecordStatus.PreprintOnly, paper.Status);
        Assert.Empty(summary.ConflictDetails);
        Assert.DoesNotContain(paper.Issues, i => i.Kind == MergeIssueKind.TitleConflict);
        Assert.Contains(paper.Issues, i => i.Kind == MergeIssueKind.UnconfirmedDoi && i.Message.Contains("Fish Population", StringComparison.Ordinal));
        Assert.Null(new CacheStore(_folder.Path).TryLoadMerged("arxiv:2401.00010")!.Item.Doi);
    }

    [Fact]
    public async Task Update_Progress_CountsUpToEveryLookup()
    {
        var reports = new List<UpdateProgress>();
        var progress = new SynchronousProgress(reports);

        var summary = await Updater().UpdateAsync(SevenPapers(), progress: progress);

        Assert.Contains(reports, r => r.Stage == UpdateStage.Identifiers && r.Source == SourceName.Arxiv && r.Identity == "arxiv:2401.00001");
        Assert.Contains(reports, r => r.Stage == UpdateStage.TitleSearch);
        Assert.Contains(reports, r => r.Stage == UpdateStage.PublishedVersion && r.Source == SourceName.Crossref);
        var last = reports[^1];
        Assert.Equal(UpdateStage.Merging, last.Stage);
        Assert.Equal(summary.LookupsMade, last.Done);
        Assert.Equal(last.Total, last.Done);
        Assert.Equal(7, last.Papers);
        Assert.All(reports, r => Assert.InRange(r.Done, 0, r.Total));
    }

    [Fact]
    public async Task Update_SameIdentityTwice_SecondIgnoredWithAWarning()
    {
        var items = SevenPapers();
        var summary = await Updater().UpdateAsync([.. items, items[0] with { Title = "Another Title" }]);

        Assert.Equal(7, summary.Total);
        Assert.Contains("given twice", Assert.Single(summary.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void PaperUpdater_TwoResolversForOneSource_Refused()
    {
        var second = new FakeResolver(SourceName.Arxiv, _world, _time);
        Assert.Throws<ArgumentException>(() => new PaperUpdater([_arxiv, second], new CacheStore(_folder.Path), _time));
    }

    private PaperUpdater Updater() => new([_arxiv, _crossref, _openReview], new CacheStore(_folder.Path, _time), _time);

    private Dictionary<string, (string Content, DateTime Written)> PaperFiles() =>
        Directory.EnumerateFiles(_folder.File("papers"), "*.json", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => (File.ReadAllText(f), File.GetLastWriteTimeUtc(f)));

    /// <summary>One paper of each kind the updater meets, and what the fake sources know about them.</summary>
    private List<UpdateItem> SevenPapers()
    {
        _world.AddArxiv("2401.00001", "Published Spiking Paper with an arXiv Preprint", doi: "10.1609/aaai.v38i1.00001");
        _world.AddCrossref("10.1609/aaai.v38i1.00001", "Published Spiking Paper with an arXiv Preprint");
        _world.AddArxiv("2401.00002", "Spiking Preprint Never Published");
        _world.AddCrossref("10.1609/aaai.v38i1.00003", "Conference Paper Linked by Its DOI");
        _world.AddOpenReview("OrAccept04", "Accepted ICLR Paper on Spiking Attention", accepted: true);
        _world.AddCrossref("10.1000/searched.5", "Searched Paper about Dendritic Spiking Neurons");
        _world.AddArxiv("2401.00007", "Completely Different Paper on Protein Folding");
        return
        [
            Item("arxiv:2401.00001", "Published Spiking Paper with an arXiv Preprint", 2024, "AAAI 2024", new ArxivId("2401.00001")),
            Item("arxiv:2401.00002", "Spiking Preprint Never Published", 2023, null, new ArxivId("2401.00002")),
            Item("doi:10.1609/aaai.v38i1.00003", "Conference paper linked by its DOI", 2024, "AAAI 2024", new DoiId("10.1609/aaai.v38i1.00003")),
            Item("openreview:OrAccept04", "Accepted ICLR Paper on Spiking Attention", 2024, "ICLR 2024", new OpenReviewId("OrAccept04")),
            Item("title:searched paper about dendritic spiking neurons", "Searched Paper about Dendritic Spiking Neurons", 2024, "AAAI 2024", new IeeeXploreId("10000005")),
            Item("title:a paper no source knows about", "A Paper No Source Knows About", 2024, null),
            Item("arxiv:2401.00007", "Spiking Transformers for Event Cameras", 2024, "CVPR 2024", new ArxivId("2401.00007")),
        ];
    }

    private List<UpdateItem> TenArxivPapers() =>
        Enumerable.Range(1, 10).Select(i =>
        {
            var id = $"2404.{i:00000}";
            var title = $"Batched Spiking Preprint {Word(i)}";
            _world.AddArxiv(id, title);
            return Item("arxiv:" + id, title, 2024, "ICML 2024", new ArxivId(id)); // ICML: no published-version search
        }).ToList();

    private static UpdateItem Item(string identity, string title, int? year, string? venue, params PaperIdentifier[] identifiers) => new()
    {
        Identity = identity,
        Title = title,
        Year = year,
        Identifiers = identifiers,
        ListRecord = TestRecords.Listed(identity, title, year, venue),
    };

    private static string Word(int n) => new[]
        {
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen",
         "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Alpha", "Beta", "Gamma", "Delta",
         "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa",
        }[n];

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; posts to a context and may arrive late).</summary>
    private sealed class SynchronousProgress(List<UpdateProgress> reports) : IProgress<UpdateProgress>
    {
        public void Report(UpdateProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
