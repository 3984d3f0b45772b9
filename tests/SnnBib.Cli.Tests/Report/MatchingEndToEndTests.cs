using System.Text.Json;
using SnnBib.Cli.Pipeline;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Sources;
using SnnBib.Resolvers.Updating;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Cli.Tests.Report;

/// <summary>
/// Issue 4's "done when": a list with every matching case, updated through the real resolvers against a local server,
/// then exported and reported by the CLI from the cache. No wrong DOI, no wrong author list, every preprint with a
/// published version exported in its published form, every doubtful case in the report.
/// </summary>
public sealed class MatchingEndToEndTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private LocalApiServer _server = null!;

    private string ListPath => _folder.File("test-list.md");

    private string Cache => _folder.File("cache");

    public async Task InitializeAsync()
    {
        _server = await LocalApiServer.StartAsync();
        MatchingWorld.Script(_server);
        await File.WriteAllTextAsync(ListPath, MatchingWorld.List);
        await UpdateAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Export_EveryCase_RightPaperInItsPublishedForm()
    {
        var items = await ExportAsync();

        // AAAI: the preprint's published version found by title on Crossref, the right candidate ranked second.
        var aaai = items["Spike-Driven Gating for Efficient Event Vision"];
        Assert.Equal(("paper-conference", "10.1609/aaai.v38i1.20001", "101-109"), (Text(aaai, "type"), Text(aaai, "DOI"), Text(aaai, "page")));
        Assert.Equal(["Fischer", "Novak"], Families(aaai));
        Assert.Equal("Proceedings of the AAAI Conference on Artificial Intelligence", Text(aaai, "container-title"));

        // ICLR: found as arXiv preprint and as an accepted OpenReview note; no DOI exists.
        var iclr = items["Sparse Spiking Attention Needs Fewer Time Steps"];
        Assert.Equal("paper-conference", Text(iclr, "type"));
        Assert.Null(Text(iclr, "DOI"));
        Assert.Equal(["Chen", "Kumar"], Families(iclr));
        Assert.Contains("Learning Representations", Text(iclr, "container-title"), StringComparison.Ordinal);

        // Rejected OpenReview submission: never an ICLR paper.
        var rejected = items["Temporal Credit Assignment with Spiking Eligibility Traces"];
        Assert.Equal("article", Text(rejected, "type"));
        Assert.Null(Text(rejected, "container-title"));
        Assert.Null(Text(rejected, "DOI"));

        // Only a decoy was found: nothing of it enters the record.
        var decoyOnly = items["Dendritic Computation Improves Spiking Reservoir Memory"];
        Assert.Null(Text(decoyOnly, "DOI"));
        Assert.Empty(Families(decoyOnly));

        // Same title, other authors and year on Crossref: the arXiv preprint is the paper, the namesake's DOI stays out.
        var namesake = items["Surrogate Gradients for Spiking Optical Flow"];
        Assert.Null(Text(namesake, "DOI"));
        Assert.Equal(["Lindqvist", "Haddad"], Families(namesake));

        // A preprint with no published version stays a preprint.
        var preprint = items["Neuromorphic Keyword Spotting on a Budget"];
        Assert.Equal(("article", null), (Text(preprint, "type"), Text(preprint, "DOI")));
        Assert.Equal(["Duarte"], Families(preprint));

        // Wrong arXiv link: the title was searched instead; the right preprint and its IJCAI version were found.
        var wrongLink = items["Homeostatic Plasticity Stabilises Deep Spiking Networks"];
        Assert.Equal(("paper-conference", "10.24963/ijcai.2023/404"), (Text(wrongLink, "type"), Text(wrongLink, "DOI")));
        Assert.Equal(["Berg", "Tanaka"], Families(wrongLink));
        Assert.DoesNotContain("2305.30004", Text(wrongLink, "URL") ?? string.Empty, StringComparison.Ordinal);

        // Labelled ECCV, linked DOI is the ICCV paper; title differs from the listed one by small words only.
        var iccv = items["Spatio-Temporal Attention for Spiking Networks on Event Streams"];
        Assert.Equal("10.1109/ICCV48922.2021.07777", Text(iccv, "DOI"));
        Assert.Contains("(ICCV)", Text(iccv, "container-title"), StringComparison.Ordinal);

        // No DOI any record that did not match carried.
        var dois = items.Values.Select(i => Text(i, "DOI")).OfType<string>().ToList();
        Assert.DoesNotContain("10.1609/aaai.v38i2.20002", dois);
        Assert.DoesNotContain("10.1016/j.neucom.2024.55555", dois);
        Assert.DoesNotContain("10.1016/j.neunet.2019.66666", dois);
        Assert.DoesNotContain("10.1109/icassp.2022.77777", dois);
    }

    [Fact]
    public async Task Export_BibLatex_PublishedFormKeepsTheArxivEprint()
    {
        var run = await CliRun.RunAsync("export", "--list", ListPath, "--cache", Cache, "-f", "biblatex");

        Assert.Equal(0, run.ExitCode);
        var aaai = Entry(run.Output, "Spike-Driven Gating for Efficient Event Vision");
        Assert.StartsWith("@inproceedings{", aaai, StringComparison.Ordinal);
        Assert.Contains("eprint = {2401.10001}", aaai, StringComparison.Ordinal);
        Assert.Contains("doi = {10.1609/aaai.v38i1.20001}", aaai, StringComparison.Ordinal);
        var wrongLink = Entry(run.Output, "Homeostatic Plasticity Stabilises Deep Spiking Networks");
        Assert.Contains("eprint = {2305.30044}", wrongLink, StringComparison.Ordinal);
        Assert.DoesNotContain("2305.30004", wrongLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Markdown_EveryDoubtfulCase()
    {
        var run = await CliRun.RunAsync("report", "--list", ListPath, "--cache", Cache, "--markdown");

        Assert.Equal(0, run.ExitCode);
        Approve.Text(MatchingWorld.Stable(run.Output, _server), "md");
    }

    [Fact]
    public async Task Report_Json_EveryDoubtfulCase()
    {
        var run = await CliRun.RunAsync("report", "--list", ListPath, "--cache", Cache, "--json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var kinds = document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("kind").GetString(), f.GetProperty("title").GetString()))
            .ToList();
        Assert.Contains(("wrong-link", "Homeostatic Plasticity Stabilises Deep Spiking Networks"), kinds);
        Assert.Contains(("near-miss", "Dendritic Computation Improves Spiking Reservoir Memory"), kinds);
        Assert.Contains(("not-accepted", "Temporal Credit Assignment with Spiking Eligibility Traces"), kinds);
        Assert.Contains(("venue-label", "Spatio-Temporal Attention of Spiking Networks for Event Streams"), kinds);
        Assert.Contains(("duplicate", "Spike-Driven Gating for Efficient Event Vision"), kinds);
        Approve.Text(MatchingWorld.Stable(run.Output, _server), "json");
    }

    [Fact]
    public async Task Report_Table_EveryDoubtfulCase()
    {
        var run = await CliRun.RunAsync("report", "--list", ListPath, "--cache", Cache);

        Assert.Equal(0, run.ExitCode);
        Approve.Text(MatchingWorld.Stable(run.Output, _server), "txt");
    }

    [Fact]
    public async Task Overrides_HonouredByExportReportAndUpdate_NeverWritten()
    {
        // Reject the AAAI DOI, set the namesake paper's venue by hand, pin the decoy-only paper's arXiv id.
        var overrides = """
            {
              "papers": [
                { "paper": "arxiv:2401.10001", "reject": ["doi:10.1609/aaai.v38i1.20001"] },
                { "paper": "Surrogate Gradients for Spiking Optical Flow", "fields": { "container-title": "IEEE Transactions on Neural Networks and Learning Systems", "volume": "35" } },
                { "paper": "Dendritic Computation Improves Spiking Reservoir Memory", "arxiv": "2402.50005" },
              ]
            }
            """;
        var path = Path.Combine(Cache, "overrides.json");
        await File.WriteAllTextAsync(path, overrides);

        var items = await ExportAsync();
        var aaai = items["Spike-Driven Gating for Efficient Event Vision"];
        Assert.Null(Text(aaai, "DOI"));
        Assert.Equal("35", Text(items["Surrogate Gradients for Spiking Optical Flow"], "volume"));

        await UpdateAsync(); // the pinned id is asked for; the file is read, never written
        Assert.Equal(overrides, await File.ReadAllTextAsync(path));
        Assert.Contains(_server.Requests, r => r.QueryValue("id_list") == "2402.50005");
        var pinned = (await ExportAsync())["Dendritic Computation Improves Spiking Reservoir Capacity"];
        Assert.Equal(["Decoy"], Families(pinned)); // the person vouched for it: merged, its differing title reported
        var report = await CliRun.RunAsync("report", "--list", ListPath, "--cache", Cache, "--json");
        Assert.Contains("\"kind\": \"title-differs\"", report.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overrides_BadFile_OneLineErrorNamingFileAndLine_Exit2()
    {
        await File.WriteAllTextAsync(Path.Combine(Cache, "overrides.json"), "{\n  \"papers\": [\n    { \"paper\": \"x\", \"doi\": \"nope\" }\n  ]\n}\n");

        var run = await CliRun.RunAsync("export", "--list", ListPath, "--cache", Cache);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n'), l => l.StartsWith("snnbib: error:", StringComparison.Ordinal));
        Assert.Contains("overrides.json:3: entry 1: \"doi\": not a DOI", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_Rerun_AsksNothing()
    {
        var before = _server.Requests.Count;

        var summary = await UpdateAsync();

        Assert.Equal(before, _server.Requests.Count);
        Assert.Equal(0, summary.LookupsMade);
    }

    private async Task<UpdateSummary> UpdateAsync()
    {
        var reading = ListReading.Load(ListPath, []);
        var items = UpdateItems.From(reading, Cache, TextWriter.Null);
        var settings = SourceSettings.Resolve(new SourceSettingsOverrides(_server.BaseUrl, _server.BaseUrl, _server.BaseUrl, _server.BaseUrl, "test@example.org"));
        // The local server has no rate limits to keep; the policies' structure (pacing, retries) stays as published.
        var options = new ResolverSetOptions
        {
            AdjustPolicy = p => p with
            {
                MinInterval = TimeSpan.FromMilliseconds(1),
                BaseDelay = TimeSpan.FromMilliseconds(1),
                ListBudget = p.ListBudget is null ? null : new RequestBudget(TimeSpan.FromMilliseconds(1)),
            },
        };
        using var resolvers = new ResolverSet(settings, TimeProvider.System, options);
        var updater = new PaperUpdater(resolvers.Resolvers, new CacheStore(Cache));
        return await updater.UpdateAsync(items);
    }

    private async Task<Dictionary<string, JsonElement>> ExportAsync()
    {
        var run = await CliRun.RunAsync("export", "--list", ListPath, "--cache", Cache, "-f", "csljson");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        return document.RootElement.EnumerateArray().ToDictionary(i => i.GetProperty("title").GetString()!, i => i.Clone());
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Families(JsonElement item) =>
        item.TryGetProperty("author", out var authors)
            ? authors.EnumerateArray().Select(a => a.TryGetProperty("family", out var f) ? f.GetString()! : a.GetProperty("literal").GetString()!).ToList()
            : [];

    /// <summary>The BibLaTeX entry whose title field holds the title.</summary>
    private static string Entry(string bib, string title) =>
        bib.Split("\n@").Select(e => e.StartsWith('@') ? e : "@" + e).Single(e => e.Contains(title, StringComparison.Ordinal));
}
