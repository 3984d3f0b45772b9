using System.Text;
using System.Text.Json;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Cli.Tests;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Export_SameInputTwice_ByteIdenticalAndKeysStored()
    {
        using var dir = new TempFolder();
        var first = await CliRun.RunAsync("export", "--format", "biblatex", "--cache", dir.Path, "-o", dir.File("a.bib"));
        var second = await CliRun.RunAsync("export", "--format", "biblatex", "--cache", dir.Path, "-o", dir.File("b.bib"));
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var a = File.ReadAllBytes(dir.File("a.bib"));
        Assert.Equal(a, File.ReadAllBytes(dir.File("b.bib")));
        Assert.False(a.AsSpan().StartsWith(Encoding.UTF8.Preamble), "UTF-8 without BOM");
        using var keys = JsonDocument.Parse(File.ReadAllText(dir.File("keys.json")));
        Assert.Equal(131, keys.RootElement.GetProperty("keys").EnumerateObject().Count());
    }

    [Fact]
    public async Task Export_KeyFormatChanged_StoredKeysKept()
    {
        using var dir = new TempFolder();
        var before = await CliRun.RunAsync("export", "--format", "csljson", "--cache", dir.Path);
        var after = await CliRun.RunAsync("export", "--format", "csljson", "--cache", dir.Path, "--key-format", "{title}{year}");
        Assert.Equal(before.Output, after.Output);

        using var fresh = new TempFolder();
        var other = await CliRun.RunAsync("export", "--format", "csljson", "--cache", fresh.Path, "--key-format", "{title}{year}");
        Assert.NotEqual(before.Output, other.Output);
        Assert.Contains("\"citation-key\": \"direct2024training\"", before.Output);
        Assert.Contains("\"citation-key\": \"training2024\"", other.Output);
    }

    [Fact]
    public async Task Export_OwnList_OnlyItsPapers()
    {
        using var dir = new TempFolder();
        var list = dir.File("mine.md");
        File.WriteAllText(list, "# Papers\n\n- Spiking Graph Convolutional Networks (**IJCAI 2022**). [[paper](https://arxiv.org/abs/2205.02767)]\n");
        var run = await CliRun.RunAsync("export", "--list", list, "--format", "ris", "--cache", dir.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Output.Split('\n'), l => l.StartsWith("TY  - ", StringComparison.Ordinal));
        Assert.Contains("TI  - Spiking Graph Convolutional Networks", run.Output);
        Assert.Contains("1 papers written (ris)", run.Error);
    }

    [Fact]
    public async Task Export_NumberedStyleList_PapersSectionsOnly()
    {
        var path = SharedFolder.File("lists", "awesome-snn-numbered-style.md");
        using var dir = new TempFolder();
        var run = await CliRun.RunAsync("export", "--list", path, "--format", "csljson", "--cache", dir.Path);
        Assert.Equal(0, run.ExitCode);
        using var items = JsonDocument.Parse(run.Output);
        Assert.Equal(37, items.RootElement.GetArrayLength());
        Assert.DoesNotContain("BindsNET", run.Output);
    }

    [Fact]
    public async Task Export_MissingList_ExitTwoOneLine()
    {
        var run = await CliRun.RunAsync("export", "--list", "no/such/list.md");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("snnbib: error: list file 'no/such/list.md' not found\n", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Export_UnknownFormat_ExitTwo()
    {
        var run = await CliRun.RunAsync("export", "--format", "endnote");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("endnote", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Export_BadKeyFormat_ExitTwoNamesOption()
    {
        using var dir = new TempFolder();
        var run = await CliRun.RunAsync("export", "--cache", dir.Path, "--key-format", "{auth");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("snnbib: error: --key-format:", run.Error.Split('\n').Last(l => l.Length > 0));
    }

    [Fact]
    public async Task Export_NotUtf8List_ExitTwo()
    {
        using var dir = new TempFolder();
        var list = dir.File("latin1.md");
        File.WriteAllBytes(list, [0x2D, 0x20, 0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x0A]);
        var run = await CliRun.RunAsync("export", "--list", list, "--cache", dir.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not valid UTF-8", run.Error);
    }

    [Fact]
    public async Task Export_ListNestedTooDeeply_ExitTwoNamesFile()
    {
        using var dir = new TempFolder();
        var list = dir.File("deep.md");
        File.WriteAllText(list, new string('>', 5000) + " x\n");
        var run = await CliRun.RunAsync("export", "--list", list, "--cache", dir.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"snnbib: error: {list}: the list's Markdown is nested too deeply", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Export_BibTexCannotWriteHan_WarnsNamingTheEntry_BiblatexKeepsIt()
    {
        using var dir = new TempFolder();
        var list = dir.File("han.md");
        File.WriteAllText(list, "# Papers\n\n- 脉冲神经网络 Spiking Networks (**ICLR 2024**).\n- Plain Zero\u200BWidth Title (**ICLR 2024**).\n");

        var bibtex = await CliRun.RunAsync("export", "--list", list, "--cache", dir.Path);
        var biblatex = await CliRun.RunAsync("export", "--list", list, "--cache", dir.Path, "--format", "biblatex");

        Assert.Equal(0, bibtex.ExitCode);
        Assert.Contains("?????? Spiking Networks", bibtex.Output);
        var warning = Assert.Single(bibtex.Error.Split('\n'), l => l.StartsWith("warning: ", StringComparison.Ordinal) && l.Contains("classic BibTeX", StringComparison.Ordinal));
        Assert.Contains("脉 冲 神 经 网 络", warning);
        Assert.Contains("脉冲神经网络 Spiking Networks", biblatex.Output);
        Assert.DoesNotContain("classic BibTeX", biblatex.Error);
        // A zero-width space is dropped, not turned into "?" (pdfLaTeX rejects it; nobody sees it).
        Assert.Contains("title = {Plain {ZeroWidth} Title}", bibtex.Output);
        Assert.Contains("title = {Plain {ZeroWidth} Title}", biblatex.Output);
    }
}
