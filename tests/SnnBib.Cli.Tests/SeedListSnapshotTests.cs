using SnnBib.Testing;
using Xunit;

namespace SnnBib.Cli.Tests;

/// <summary>
/// The seed list (embedded in the executable) through the real command line: `list --json` and every export
/// format, offline, approved as files. A change to any reader, grouper or writer shows up here as a diff.
/// </summary>
public sealed class SeedListSnapshotTests
{
    [Fact]
    public async Task ListJson()
    {
        var run = await CliRun.RunAsync("list", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("133 entries, 131 papers, 2 merged, 1 suspect links, 1 warnings", run.Error);
        Approve.Text(run.Output, "json");
    }

    [Theory]
    [InlineData("bibtex", "bib")]
    [InlineData("biblatex", "bib")]
    [InlineData("ris", "ris")]
    [InlineData("csljson", "json")]
    public async Task Export(string format, string extension)
    {
        using var cache = new TempFolder();
        var run = await CliRun.RunAsync("export", "--format", format, "--cache", cache.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("131 papers written (" + format + ")", run.Error);
        Assert.Contains("131 of them are unresolved", run.Error);
        Approve.Text(run.Output, extension, scenario: format);
    }
}
