using SnnBib.Testing;
using Xunit;

namespace SnnBib.Cli.Tests.Errors;

/// <summary>Bad input ends in one clear line on stderr and the documented exit code, never an internal error.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task Update_CacheIsAFile_ExitFour()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("afile"), "not a folder");
        var run = await CliRun.RunAsync("update", "--offline", "--cache", dir.File("afile"));
        Assert.Equal(4, run.ExitCode);
        Assert.Contains("snnbib: error: cache folder", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e300")]
    [InlineData("-1")]
    public async Task Update_BadMaxAge_ExitTwo(string days)
    {
        using var dir = new TempFolder();
        var run = await CliRun.RunAsync("update", "--offline", "--cache", dir.Path, "--max-age", days);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max-age", run.Error);
    }

    [Fact]
    public async Task Update_OnlyNamesNoPaper_ExitTwo()
    {
        using var dir = new TempFolder();
        var run = await CliRun.RunAsync("update", "--offline", "--cache", dir.Path, "--only", "nosuchkey");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("warning: --only nosuchkey names no paper of the list", run.Error);
    }

    [Theory]
    [InlineData("{\"schema\":\"1\",\"keys\":{}}")]
    [InlineData("{\"schema\":1,\"keys\":")]
    [InlineData("[]")]
    public async Task Export_CorruptKeysJson_ExitFourNamesFile(string json)
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("keys.json"), json);
        var run = await CliRun.RunAsync("export", "--cache", dir.Path);
        Assert.Equal(4, run.ExitCode);
        Assert.Contains("keys.json", run.Error.Split('\n').Last(l => l.Length > 0));
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Export_EmptyOutputName_ExitTwo()
    {
        using var dir = new TempFolder();
        var run = await CliRun.RunAsync("export", "--cache", dir.Path, "-o", "");
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Export_ListIsAFolder_ExitTwo()
    {
        using var dir = new TempFolder();
        var run = await CliRun.RunAsync("export", "--cache", dir.Path, "--list", dir.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder", run.Error);
    }

    [Fact]
    public async Task Export_LinkAddedToEntry_KeyUnchanged()
    {
        using var dir = new TempFolder();
        var before = dir.File("before.md");
        var after = dir.File("after.md");
        File.WriteAllText(before, "# Papers\n\n- Spiking Transformers Are Great (**ICLR 2024**). [[paper](https://openreview.net/forum?id=AbCdEf)]\n- Ternary Spike: Learning Ternary Spikes (**AAAI 2024**).\n");
        File.WriteAllText(after, "# Papers\n\n- Spiking Transformers Are Great (**ICLR 2024**). [[paper](https://openreview.net/forum?id=AbCdEf)] [[arXiv](https://arxiv.org/abs/2401.00001)]\n- Ternary Spike: Learning Ternary Spikes (**AAAI 2024**). [[paper](https://doi.org/10.1609/aaai.v38i1.27765)]\n");
        var first = await CliRun.RunAsync("export", "--list", before, "--cache", dir.Path, "--format", "csljson");
        var second = await CliRun.RunAsync("export", "--list", after, "--cache", dir.Path, "--format", "csljson");
        Assert.Equal(0, second.ExitCode);
        foreach (var key in new[] { "\"citation-key\": \"spiking2024transformers\"", "\"citation-key\": \"ternary2024spike\"" })
        {
            Assert.Contains(key, first.Output);
            Assert.Contains(key, second.Output);
        }
    }

    [Fact]
    public async Task Export_CacheLockedByAnotherRun_NewKeysRefusedStoredKeysFine()
    {
        using var dir = new TempFolder();
        var first = await CliRun.RunAsync("export", "--cache", dir.Path, "--format", "ris");
        Assert.Equal(0, first.ExitCode);

        using (new SnnBib.Resolvers.Caching.CacheStore(dir.Path).Lock())
        {
            // Every key is stored: nothing to write, so a running update does not stand in the way.
            var again = await CliRun.RunAsync("export", "--cache", dir.Path, "--format", "ris");
            Assert.Equal(0, again.ExitCode);
            Assert.Equal(first.Output, again.Output);

            // A paper without a key: keys.json would change, which is refused (exit 4) while the other run holds the lock.
            var list = dir.File("new.md");
            File.WriteAllText(list, "# Papers\n\n- A Paper Nobody Has Keyed Yet (**ICLR 2024**).\n");
            var blocked = await CliRun.RunAsync("export", "--cache", dir.Path, "--list", list);
            Assert.Equal(4, blocked.ExitCode);
            Assert.Contains("new citation keys cannot be saved now", blocked.Error);
            Assert.Empty(blocked.Output);
        }
    }
}
