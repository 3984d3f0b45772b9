using System.Text;
using SnnBib.Core.Identifiers;
using SnnBib.Core.Lists;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Lists;

public sealed class PaperGrouperTests
{
    private static readonly Lazy<PaperGrouping> Seed = new(() => PaperGrouper.Group(AwesomeListReader.Read(TestLists.Seed).Entries));

    private static PaperGrouping GroupOf(string markdown) => PaperGrouper.Group(AwesomeListReader.Read(markdown).Entries);

    [SkippableFact]
    public void Group_Seed_133EntriesBecome131Papers_KeepingEveryEntryAndLink()
    {
        var papers = Seed.Value.Papers;

        Assert.Equal(131, papers.Count);
        Assert.Equal(133, papers.Sum(p => p.Entries.Count));
        Assert.Equal(186, papers.Sum(p => p.Entries.Sum(e => e.Links.Count)));
        Assert.Equal(papers.Select(p => p.Primary.Line).Order(), papers.Select(p => p.Primary.Line));
    }

    [SkippableFact]
    public void Group_Seed_TheTwoTitlePairsAreMergedAndReported()
    {
        var merges = Seed.Value.Merges;

        Assert.Equal([125, 164], merges.Select(m => m.Line));
        Assert.Contains("merged with line 122: same normalised title", merges[0].Message, StringComparison.Ordinal);
        Assert.Contains("merged with line 161: same normalised title", merges[1].Message, StringComparison.Ordinal);

        var bridging = Seed.Value.Papers.Single(p => p.Primary.Line == 122);
        Assert.Equal("arxiv:2302.10685", bridging.Identity);
        Assert.Equal([122, 125], bridging.Entries.Select(e => e.Line));
        Assert.Equal(["arxiv:2302.10685", "openreview:PFbzoWZyZRX"], bridging.Identifiers.Select(i => i.Key));

        var tebn = Seed.Value.Papers.Single(p => p.Primary.Line == 161);
        Assert.Equal("openreview:fLIgyyQiJqz", tebn.Identity);
        Assert.Equal([161, 164], tebn.Entries.Select(e => e.Line));
        Assert.Equal(["openreview:fLIgyyQiJqz", "neurips:2022/de2ad3ed44ee4e675b3be42aa0b615d0"], tebn.Identifiers.Select(i => i.Key));
    }

    [SkippableFact]
    public void Group_Seed_FreeLunchLinkIsTheSuspectOne()
    {
        var suspect = Assert.Single(Seed.Value.Suspects);
        Assert.Equal(177, suspect.Line);
        Assert.Contains("arXiv id 2103.00476", suspect.Message, StringComparison.Ordinal);
        Assert.Contains("line 166", suspect.Message, StringComparison.Ordinal);

        var freeLunch = Seed.Value.Papers.Single(p => p.Primary.Line == 177);
        Assert.Equal("title:a free lunch from ann towards efficient accurate spiking neural networks calibration", freeLunch.Identity);
        Assert.Empty(freeLunch.Identifiers);
        Assert.Equal("https://arxiv.org/pdf/2103.00476.pdf", Assert.Single(freeLunch.SuspectLinks).Target);

        var optimal = Seed.Value.Papers.Single(p => p.Primary.Line == 166);
        Assert.Equal("arxiv:2103.00476", optimal.Identity);
        Assert.Single(optimal.Entries);
        Assert.Empty(optimal.SuspectLinks);
    }

    [SkippableFact]
    public void Group_Seed_IdentitiesAreUniqueAndCountedByKind()
    {
        var identities = Seed.Value.Papers.Select(p => p.Identity).ToArray();
        Assert.Equal(identities.Length, identities.Distinct(StringComparer.Ordinal).Count());

        var byKind = identities.GroupBy(i => i[..i.IndexOf(':', StringComparison.Ordinal)]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(68, byKind["arxiv"]);
        Assert.Equal(29, byKind["openreview"]);
        Assert.Equal(6, byKind["doi"]);
        Assert.Equal(28, byKind["title"]);
    }

    [SkippableFact]
    public void Group_Seed_PaperIdentifiersByKind()
    {
        var counts = Seed.Value.Papers.SelectMany(p => p.Identifiers).GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(68, counts[IdentifierKind.Arxiv]);
        Assert.Equal(30, counts[IdentifierKind.OpenReview]);
        Assert.Equal(6, counts[IdentifierKind.Doi]);
        Assert.Equal(9, counts[IdentifierKind.Cvf]);
        Assert.Equal(10, counts[IdentifierKind.IcmlVirtual]);
        Assert.Equal(4, counts[IdentifierKind.NeurIps]);
        Assert.Equal(1, counts[IdentifierKind.IeeeXplore]);
        Assert.Equal(1, counts[IdentifierKind.Pmlr]);
        Assert.Equal(4, Seed.Value.Papers.Count(p => p.Identifiers.Count == 0));
    }

    [SkippableFact]
    public void Group_Seed_MatchesApprovedSnapshot() => Approve.Text(Render(Seed.Value));

    [Fact]
    public void Group_NoEntries_NoPapers()
    {
        var grouping = PaperGrouper.Group([]);

        Assert.Empty(grouping.Papers);
        Assert.Empty(grouping.Merges);
        Assert.Empty(grouping.Suspects);
    }

    [Fact]
    public void Group_TitlesEqualAfterNormalising_AreOnePaper()
    {
        var grouping = GroupOf("- Spike-driven Transformer\n- Spike-Driven  Transformer.\n- spike driven transformer (**NeurIPS 2023**)\n- Spike-driven Transformer V2\n");

        Assert.Equal(2, grouping.Papers.Count);
        Assert.Equal([1, 2, 3], grouping.Papers[0].Entries.Select(e => e.Line));
        Assert.Equal("title:spike driven transformer", grouping.Papers[0].Identity);
        Assert.Equal([2, 3], grouping.Merges.Select(m => m.Line));
    }

    [Fact]
    public void Group_SameArxivIdInDifferentVersionsAndUrlForms_IsOnePaper()
    {
        var grouping = GroupOf(
            "- Spikformer V2 [[paper](https://arxiv.org/abs/2401.02020v1)]\n" +
            "- Spikformer V2: Join the High Accuracy Club on ImageNet with an SNN Ticket [[pdf](https://arxiv.org/pdf/2401.02020v2.pdf)]\n");

        var paper = Assert.Single(grouping.Papers);
        Assert.Equal("arxiv:2401.02020", paper.Identity);
        Assert.Single(paper.Identifiers);
        Assert.Contains("same arXiv id 2401.02020", Assert.Single(grouping.Merges).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_SameTitleButDifferentDois_StayApartAndAreReported()
    {
        var grouping = GroupOf(
            "- Spiking Deep Residual Networks (Conference 2019) [[paper](https://doi.org/10.1000/conf.1)]\n" +
            "- Spiking Deep Residual Networks (Journal 2021) [[paper](https://doi.org/10.1000/journal.2)]\n");

        Assert.Equal(["doi:10.1000/conf.1", "doi:10.1000/journal.2"], grouping.Papers.Select(p => p.Identity));
        var note = Assert.Single(grouping.Merges);
        Assert.Equal(2, note.Line);
        Assert.Equal(
            "\"Spiking Deep Residual Networks\" has the same title as line 1 but is not merged with it: different DOI (10.1000/conf.1 and 10.1000/journal.2)",
            note.Message);
    }

    [Fact]
    public void Group_SameTitleWithoutIdJoinsTheFirstCompatiblePaper()
    {
        var grouping = GroupOf(
            "- Same Title [[paper](https://arxiv.org/abs/2401.00001)]\n" +
            "- Same Title [[paper](https://arxiv.org/abs/2401.00002)]\n" +
            "- Same Title\n");

        Assert.Equal(2, grouping.Papers.Count);
        Assert.Equal([1, 3], grouping.Papers[0].Entries.Select(e => e.Line));
        Assert.Equal([2], grouping.Papers[1].Entries.Select(e => e.Line));
    }

    [Fact]
    public void Group_IdAndTitleMergesChain()
    {
        var grouping = GroupOf(
            "- Spikformer: When Spiking Neural Network Meets Transformer [[paper](https://openreview.net/forum?id=frE4fUwz_h)]\n" +
            "- Spikformer [[paper](https://openreview.net/pdf?id=frE4fUwz_h)]\n" +
            "- Spikformer (**ICLR 2023**)\n");

        var paper = Assert.Single(grouping.Papers);
        Assert.Equal([1, 2, 3], paper.Entries.Select(e => e.Line));
        Assert.Equal("openreview:frE4fUwz_h", paper.Identity);
    }

    [Fact]
    public void Group_IdentityPrefersArxivThenOpenReviewThenDoi_WhateverTheLinkOrder()
    {
        var grouping = GroupOf(
            "- Paper One [[doi](https://doi.org/10.1000/one)] [[openreview](https://openreview.net/forum?id=AbCdEf1234)] [[arxiv](https://arxiv.org/abs/2401.00001)]\n" +
            "- Paper Two [[doi](https://doi.org/10.1000/two)] [[openreview](https://openreview.net/forum?id=ZyXwVu9876)]\n" +
            "- Paper Three [[doi](https://doi.org/10.1000/three)] [[cvf](https://openaccess.thecvf.com/content/ICCV2023/papers/X_ICCV_2023_paper.pdf)]\n" +
            "- Paper Four [[cvf](https://openaccess.thecvf.com/content/ICCV2023/papers/Y_ICCV_2023_paper.pdf)]\n");

        Assert.Equal(
            ["arxiv:2401.00001", "openreview:ZyXwVu9876", "doi:10.1000/three", "title:paper four"],
            grouping.Papers.Select(p => p.Identity));
    }

    [Fact]
    public void Group_IdentifiersOnCodeLinksDoNotIdentifyOrMerge()
    {
        var grouping = GroupOf(
            "- Paper One [[code](https://arxiv.org/abs/2401.00001)]\n" +
            "- Paper Two [[code](https://arxiv.org/abs/2401.00001)]\n");

        Assert.Equal(["title:paper one", "title:paper two"], grouping.Papers.Select(p => p.Identity));
        Assert.All(grouping.Papers, p => Assert.Empty(p.Identifiers));
        Assert.Empty(grouping.Suspects);
    }

    [Fact]
    public void Group_OnlyNamesOnePaperKindsMerge_OtherIdsNeedTheTitle()
    {
        var grouping = GroupOf(
            "- Robust Stable Spiking Neural Networks [[paper](https://icml.cc/virtual/2024/poster/33217)]\n" +
            "- Robust and Stable SNNs [[paper](https://icml.cc/virtual/2024/poster/33217)]\n");

        Assert.Equal(2, grouping.Papers.Count);
        Assert.Equal("icmlvirtual:2024/33217", grouping.Papers[0].Identifiers.Single().Key);
    }

    [Fact]
    public void Group_TitlesWithoutLatinLetters_MergeOnTheirOwnText()
    {
        var grouping = GroupOf("- 脉冲神经网络综述\n- 脉冲神经网络综述\n- 类脑计算\n");

        Assert.Equal(["title:脉冲神经网络综述", "title:类脑计算"], grouping.Papers.Select(p => p.Identity));
    }

    [Fact]
    public void Group_EntryWithoutTitleOrIdentifier_IsIdentifiedByItsLine()
    {
        var grouping = GroupOf("- [[paper](https://example.org/a.pdf)]\n- [[paper](https://example.org/b.pdf)]\n");

        Assert.Equal(["line:1", "line:2"], grouping.Papers.Select(p => p.Identity));
    }

    [Fact]
    public void Group_IsDeterministic()
    {
        var markdown = TestLists.Own("nested-style.md");

        Assert.Equal(Render(GroupOf(markdown)), Render(GroupOf(markdown)));
    }

    private static string Render(PaperGrouping grouping)
    {
        var sb = new StringBuilder();
        foreach (var paper in grouping.Papers)
        {
            sb.Append(paper.Identity).Append(" <- lines ").AppendJoin(", ", paper.Entries.Select(e => e.Line)).Append('\n');
            if (paper.Identifiers.Count > 0)
            {
                sb.Append("  ids: ").AppendJoin(" ", paper.Identifiers.Select(i => i.Key)).Append('\n');
            }

            foreach (var link in paper.SuspectLinks)
            {
                sb.Append("  suspect: ").Append(link.Target).Append('\n');
            }
        }

        foreach (var merge in grouping.Merges)
        {
            sb.Append("merge: ").Append(merge).Append('\n');
        }

        foreach (var suspect in grouping.Suspects)
        {
            sb.Append("suspect: ").Append(suspect).Append('\n');
        }

        return sb.ToString();
    }
}
