using SnnBib.Testing;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SnnBib.Cli.Pipeline;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Http;
using Xunit;
using Xunit.Abstractions;

namespace SnnBib.Cli.Tests.EndToEnd;

/// <summary>
/// bench/requests-per-paper: `update` over every paper of the embedded seed list against <see cref="GeneratedApiServer"/>
/// (bodies generated per requested id), pacing shrunk. Reports requests per paper per host, the total, the wall time,
/// and what the same requests cost under the services' real pacing. Runs with the suite (a few seconds) and checks
/// what must hold whatever the numbers: every paper cached, no id asked twice, a rerun free. bench/README.md says how
/// to get the report; SNNBIB_BENCH_REPORT=FILE also writes it to FILE.
/// </summary>
public sealed class RequestsPerPaperBenchmark(ITestOutputHelper log) : IDisposable
{
    private readonly TempFolder _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    [Trait("Category", "Bench")]
    public async Task SeedList_RequestsPerPaper()
    {
        var reading = ListReading.Load(null, []);
        var papers = reading.Grouping.Papers.Count;
        await using var server = await GeneratedApiServer.StartAsync(new GeneratedKnowledge(reading));
        string[] args =
        [
            "update", "--cache", _cache.Path, "--mailto", "bench@example.org",
            "--arxiv-url", server.BaseUrl + "/arxiv", "--crossref-url", server.BaseUrl + "/crossref",
            "--openreview-url", server.BaseUrl + "/or2", "--openreview-v1-url", server.BaseUrl + "/or1",
        ];

        var clock = Stopwatch.StartNew();
        var run = await EndToEndRun.RunAsync(args);
        var wall = clock.Elapsed;
        var requests = server.Log.ToList();

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.DoesNotContain("failed:", run.Error, StringComparison.Ordinal);
        Assert.Equal(papers, new CacheStore(_cache.Path).LoadAll().Count(l => l.Warning is null && l.Paper?.Merged is not null));

        // Batching: no arXiv id and no DOI is sent twice in one run.
        var arxivIds = requests.Where(r => r.Request.Contains("id_list=", StringComparison.Ordinal))
            .SelectMany(r => Uri.UnescapeDataString(Query(r.Request, "id_list")).Split(',')).ToList();
        Assert.Equal(arxivIds.Count, arxivIds.Distinct().Count());
        var dois = requests.Where(r => r.Request.Contains("filter=", StringComparison.Ordinal))
            .SelectMany(r => Uri.UnescapeDataString(Query(r.Request, "filter")).Split(',')).ToList();
        Assert.Equal(dois.Count, dois.Distinct().Count());

        var rerun = await EndToEndRun.RunAsync(args);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(requests.Count, server.Log.Count);

        var report = Report(papers, requests, wall);
        log.WriteLine(report);
        if (Environment.GetEnvironmentVariable("SNNBIB_BENCH_REPORT") is { Length: > 0 } file)
        {
            File.WriteAllText(file, report);
        }
    }

    private static string Query(string request, string name)
    {
        var query = request[(request.IndexOf('?', StringComparison.Ordinal) + 1)..];
        return query.Split('&').Select(p => p.Split('=', 2)).First(p => p[0] == name)[1];
    }

    /// <summary>
    /// The numbers, and the time the same requests take under the real pacing: within a stage (identifiers, title
    /// searches, published versions) the hosts run side by side, so a stage costs its slowest host's requests times
    /// that host's interval; the stages run one after another.
    /// </summary>
    private static string Report(int papers, List<(DateTimeOffset At, string Host, string Request)> requests, TimeSpan wall)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"papers: {papers} (embedded seed list), requests: {requests.Count} ({(double)requests.Count / papers:0.00} per paper)");
        sb.AppendLine("host           requests  per paper");
        foreach (var host in new[] { "arxiv", "crossref", "or2", "or1" })
        {
            var n = requests.Count(r => r.Host == host);
            sb.AppendLine(inv, $"{Name(host),-14} {n,8}  {(double)n / papers,9:0.000}");
        }

        var estimate = TimeSpan.Zero;
        var stages = requests.Select((r, i) => (r, Stage: Stage(requests, i))).GroupBy(x => x.Stage).OrderBy(g => g.Key);
        foreach (var stage in stages)
        {
            var cost = stage.GroupBy(x => x.r.Host is "or1" ? "or2" : x.r.Host)
                .Select(g => TimeSpan.FromTicks(g.Sum(x => Interval(x.r.Host, x.r.Request).Ticks)))
                .Max();
            sb.AppendLine(inv, $"stage {new[] { "identifiers", "title searches", "published versions" }[stage.Key]}: {stage.Count()} requests, {cost.TotalSeconds:0} s at real pacing");
            estimate += cost;
        }

        sb.AppendLine(inv, $"wall time, pacing shrunk: {wall.TotalSeconds:0.0} s");
        sb.AppendLine(inv, $"estimate at the services' real pacing: {estimate.TotalMinutes:0.0} min ({estimate.TotalSeconds:0} s)");
        return sb.ToString();
    }

    /// <summary>
    /// 0 identifiers, 1 title searches, 2 published versions. Told by kind, not position: the follow-up round asks
    /// arXiv's DOIs and the preprints' published-version searches together. A listed title is searched on all three
    /// services, arXiv included; a published version only on Crossref and OpenReview; DOIs asked after the first
    /// search are the ones arXiv named.
    /// </summary>
    private static int Stage(List<(DateTimeOffset At, string Host, string Request)> requests, int index)
    {
        var firstSearch = requests.FindIndex(r => SearchedTitle(r.Request) is not null);
        if (SearchedTitle(requests[index].Request) is not { } title)
        {
            return firstSearch < 0 || index < firstSearch ? 0 : 2;
        }

        var onArxiv = requests.Any(r => r.Host == "arxiv" && SearchedTitle(r.Request) == title);
        return onArxiv ? 1 : 2;
    }

    /// <summary>The words of the title a search request asks for, or null when it is no title search.</summary>
    private static string? SearchedTitle(string request)
    {
        var name = new[] { "search_query", "query.bibliographic", "term" }
            .FirstOrDefault(n => request.Contains("?" + n + "=", StringComparison.Ordinal) || request.Contains("&" + n + "=", StringComparison.Ordinal));
        if (name is null || (name == "term" && !request.StartsWith("GET /or2/notes/search", StringComparison.Ordinal)))
        {
            return null;
        }

        var text = Uri.UnescapeDataString(Query(request, name).Replace('+', ' '));
        text = text.StartsWith("ti:", StringComparison.Ordinal) ? text[3..] : text;
        return string.Join(' ', new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Name(string host) => host switch
    {
        "or2" => "openreview",
        "or1" => "openreview-v1",
        _ => host,
    };

    private static TimeSpan Interval(string host, string request) => host switch
    {
        "arxiv" => HostPolicies.Arxiv.MinInterval,
        "or2" or "or1" => HostPolicies.OpenReview.MinInterval,
        _ => request.StartsWith("GET /crossref/works/", StringComparison.Ordinal)
            ? HostPolicies.CrossrefPolite.MinInterval
            : HostPolicies.CrossrefPolite.ListBudget!.MinInterval,
    };
}
