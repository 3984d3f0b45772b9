using System.Text;
using SnnBib.Core.Exporting;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Exporting;

public sealed class DeterminismTests
{
    public static TheoryData<string> Formats() => ["bibtex", "biblatex", "ris", "csljson"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void SameInput_GivesByteIdenticalOutput(string format)
    {
        var exporter = ExporterRegistry.Find(format)!;
        var first = exporter.Write(HardCaseRecords.All, ExportSnapshotTests.Options);

        // Records rebuilt from scratch (new instances, keys assigned again) must give the same bytes.
        var rebuilt = SnnBib.Core.Keys.CitationKeyAssigner.Assign(HardCaseRecords.Unkeyed(), new SnnBib.Core.Keys.KeyStore()).Records;
        var second = exporter.Write(rebuilt, ExportSnapshotTests.Options);
        Assert.Equal(Encoding.UTF8.GetBytes(first), Encoding.UTF8.GetBytes(second));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Output_HasLfLineEndings_NoBom_AndEndsWithANewline(string format)
    {
        var text = ExporterRegistry.Find(format)!.Write(HardCaseRecords.All, ExportSnapshotTests.Options);
        Assert.DoesNotContain('\r', text);
        Assert.NotEqual('\uFEFF', text[0]);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_HasTheFourFormats()
    {
        Assert.Equal(["bibtex", "biblatex", "ris", "csljson"], ExporterRegistry.All.Select(e => e.Format));
        Assert.Equal([".bib", ".bib", ".ris", ".json"], ExporterRegistry.All.Select(e => e.FileExtension));
        Assert.Same(ExporterRegistry.All[3], ExporterRegistry.Find("CSLJSON"));
        Assert.Null(ExporterRegistry.Find("endnote"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void NoRecords_GivesAnEmptyButValidFile(string format)
    {
        var text = ExporterRegistry.Find(format)!.Write([], new ExportOptions());
        Assert.Equal(format == "csljson" ? "[]\n" : string.Empty, text);
    }
}
