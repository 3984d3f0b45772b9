using SnnBib.Testing;
using System.Diagnostics;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using Xunit;

namespace SnnBib.Cli.Tests.EndToEnd;

/// <summary>
/// An interrupted update keeps what it finished and the next run asks only for the rest: the real built CLI killed
/// mid-run (a child process, the services' real pacing), and a Ctrl-C style cancellation in-process.
/// </summary>
public sealed class ResumeTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempFolder _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task KilledProcess_CacheIntact_RerunAsksOnlyWhatWasMissing()
    {
        await using var world = await ResumeWorld.StartAsync(_cache.Path);

        using (var first = StartCli(world.UpdateArgs()))
        {
            await WaitUntilAsync(world.MidRun, first.Process);
            first.Process.Kill(entireProcessTree: true);
            await first.Process.WaitForExitAsync();
        }

        var beforeKill = world.Server.Requests;
        Assert.Equal(["arxiv id_list", "crossref dois", "openreview ids"], beforeKill.Select(r => r.Route!).Order());
        AssertCacheIntact(world, ResumeWorld.AnsweredBeforeArxiv);

        using var second = StartCli(world.UpdateArgs());
        Assert.True(await second.WaitAsync(Patience), "the rerun did not finish");
        Assert.True(second.Process.ExitCode == 0, $"exit {second.Process.ExitCode}\n{second.Output}\n{second.Error}");

        // The batch the kill interrupted is asked again, then the published-version searches the run had not reached;
        // nothing answered before the kill is refetched.
        var rerun = world.Server.Requests.Skip(beforeKill.Count).ToList();
        AssertRerunAsksOnlyWhatWasMissing(beforeKill, rerun);
        AssertCacheIntact(world, ResumeWorld.PaperCount);

        // The Crossref and accepted OpenReview papers; the rejected submission still had its published version to look for.
        Assert.Matches(@"fresh in cache \(skipped\)\s+4\b", second.Output);
    }

    [Fact]
    public async Task Cancelled_InProcess_Exits130_RerunAsksOnlyWhatWasMissing()
    {
        await using var world = await ResumeWorld.StartAsync(_cache.Path);
        using var interrupt = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            await WaitUntilAsync(world.MidRun, null);
            await interrupt.CancelAsync();
        });

        var first = await EndToEndRun.RunAsync(FastPacing.Services, interrupt.Token, world.UpdateArgs());
        await watcher;

        Assert.Equal(130, first.ExitCode);
        Assert.Contains("interrupted", first.Error, StringComparison.Ordinal);
        var beforeCancel = world.Server.Requests;
        Assert.Equal(3, beforeCancel.Count);
        AssertCacheIntact(world, ResumeWorld.AnsweredBeforeArxiv);

        var second = await EndToEndRun.RunAsync(world.UpdateArgs());
        Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}\n{second.Output}\n{second.Error}");
        var afterSecond = world.Server.Requests;
        AssertRerunAsksOnlyWhatWasMissing(beforeCancel, afterSecond.Skip(beforeCancel.Count).ToList());
        AssertCacheIntact(world, ResumeWorld.PaperCount);

        var third = await EndToEndRun.RunAsync(world.UpdateArgs());
        Assert.Equal(0, third.ExitCode);
        Assert.Equal(afterSecond.Count, world.Server.Requests.Count);
    }

    /// <summary>
    /// The rerun asks the interrupted arXiv batch again (the same query), then Crossref once for each preprint's
    /// published version, and nothing answered before the interruption.
    /// </summary>
    private static void AssertRerunAsksOnlyWhatWasMissing(IReadOnlyList<RecordedRequest> before, List<RecordedRequest> rerun)
    {
        Assert.Equal(["arxiv id_list", .. Enumerable.Repeat(ResumeWorld.PublishedVersionSearch, 3)], rerun.Select(r => r.Route));
        Assert.Equal(before.Single(r => r.Route == "arxiv id_list").QueryString, rerun[0].QueryString);
        Assert.Equal(ResumeWorld.PreprintsOnly, rerun.Skip(1).Select(r => r.QueryValue("query.bibliographic")).Order(StringComparer.Ordinal));
        Assert.All(rerun, r => Assert.Equal(200, r.Status));
    }

    /// <summary>Every paper file is whole and readable, there are <paramref name="papers"/> of them, no temp file is left.</summary>
    private static void AssertCacheIntact(ResumeWorld world, int papers)
    {
        Assert.Empty(world.TempFiles());
        Assert.Equal(papers, world.PaperFiles().Length);
        var loaded = new CacheStore(world.CacheFolder).LoadAll().ToList();
        Assert.Equal(papers, loaded.Count);
        Assert.All(loaded, l =>
        {
            Assert.Null(l.Warning);
            Assert.NotNull(l.Paper!.Merged);
            Assert.NotEqual(RecordStatus.Unresolved, l.Paper.Status);
        });
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Process? process)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException($"snnbib exited ({process.ExitCode}) before the moment to interrupt it");
            }

            Assert.True(clock.Elapsed < Patience, "the run never reached the moment to interrupt it");
            await Task.Delay(20);
        }
    }

    private static ChildCli StartCli(string[] args)
    {
        // The CLI is referenced by this project, so its build output sits beside the test assembly.
        var dll = Path.Combine(AppContext.BaseDirectory, "snnbib.dll");
        Assert.True(File.Exists(dll), dll + " not built");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new ChildCli(Process.Start(start)!);
    }
}
