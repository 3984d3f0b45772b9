using SnnBib.Core.Identifiers;
using SnnBib.Core.Lists;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Lists;

/// <summary>Data/lists/nested-style.md: venue-first labels, topic bullets holding nested bullets, bare URLs.</summary>
public sealed class NestedListReaderTests
{
    private static readonly Lazy<ListReadResult> Result = new(() => AwesomeListReader.Read(TestLists.Own("nested-style.md")));

    [Fact]
    public void Read_Nested_TopicBulletsAreGroupsNotPapers()
    {
        Assert.Equal([9, 10, 11, 12, 17, 18, 20, 24, 25], Result.Value.Entries.Select(e => e.Line));
        Assert.Equal("Surrogate gradients", Result.Value.At(17).Group);
        Assert.Equal("ANN-to-SNN conversion", Result.Value.At(20).Group);
        Assert.Equal("Transformers", Result.Value.At(9).Group);
    }

    [Theory]
    [InlineData(9, "Spikformer: When Spiking Neural Network Meets Transformer", "ICLR 2023")]
    [InlineData(17, "Surrogate Module Learning: Reduce the Gradient Error Accumulation in Training Spiking Neural Networks", "ICML 2023")]
    [InlineData(18, "Surrogate gradient learning in spiking neural networks", "IEEE Signal Processing Magazine 2019")]
    [InlineData(20, "Bridging the Gap between ANNs and SNNs by Calibrating Offset Spikes", "ICLR 2023")]
    [InlineData(24, "Spikformer", "ICLR 2023")]
    public void Read_Nested_LabelsBeforeOrAfterTheTitle(int line, string title, string label)
    {
        var entry = Result.Value.At(line);

        Assert.Equal(title, entry.Title);
        Assert.Equal(label, entry.VenueLabel);
    }

    [Fact]
    public void Read_Nested_BareUrlIsAPaperLink()
    {
        var entry = Result.Value.At(12);

        Assert.Equal("SpikeGPT: Generative Pre-trained Language Model with Spiking Neural Networks", entry.Title);
        var link = Assert.Single(entry.Links);
        Assert.Equal((LinkKind.Paper, new ArxivId("2302.13939")), (link.Kind, (ArxivId?)link.Identifier));
    }

    [Fact]
    public void Group_Nested_ShortTitleSharingAnIdIsMerged()
    {
        var grouping = PaperGrouper.Group(Result.Value.Entries);

        var spikformer = grouping.Papers.Single(p => p.Identity == "openreview:frE4fUwz_h");
        Assert.Equal([9, 24], spikformer.Entries.Select(e => e.Line));
        Assert.Contains(grouping.Merges, m => m.Line == 24 && m.Message.Contains("same OpenReview id frE4fUwz_h", StringComparison.Ordinal));
    }

    [Fact]
    public void Group_Nested_MajorityOfAgreeingEntriesKeepsTheSharedId_EvenWhenListedLater()
    {
        var grouping = PaperGrouper.Group(Result.Value.Entries);

        var v2 = grouping.Papers.Single(p => p.Identity == "arxiv:2401.02020");
        Assert.Equal([11, 25], v2.Entries.Select(e => e.Line));
        var qkformer = grouping.Papers.Single(p => p.Primary.Line == 10);
        Assert.Equal("title:qkformer hierarchical spiking transformer using q k attention", qkformer.Identity);
        Assert.Empty(qkformer.Identifiers);
        Assert.Equal("https://arxiv.org/abs/2401.02020", Assert.Single(qkformer.SuspectLinks).Target);
        Assert.Equal(10, Assert.Single(grouping.Suspects).Line);
        Assert.Equal(7, grouping.Papers.Count);
    }

    [Fact]
    public void Read_Nested_AllEntries_MatchApprovedSnapshot() => Approve.Text(TestLists.Render(Result.Value));
}
