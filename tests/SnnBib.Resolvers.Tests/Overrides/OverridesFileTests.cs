using SnnBib.Resolvers.Merging;
using SnnBib.Testing;
using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Overrides;
using SnnBib.Resolvers.Tests.Caching;
using SnnBib.Resolvers.Tests.Merging;
using SnnBib.Resolvers.Updating;
using Xunit;

namespace SnnBib.Resolvers.Tests.Overrides;

public sealed class OverridesFileTests
{
    private const string Good = """
        {
          // corrections for the list's maintainers to review
          "papers": [
            {
              "paper": "arxiv:2103.00476",
              "arxiv": "arXiv:2106.06984v2",
              "reject": ["doi:10.9999/other.paper", "openreview:AbCdEf1234"],
              "note": "the list links the wrong arXiv id",
            },
            {
              "paper": "Temporal-wise Attention Spiking Neural Networks for Event Streams Classification",
              "doi": "https://doi.org/10.1109/ICCV48922.2021.01006",
              "fields": { "container-title": "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)", "issued": 2021, "note": "" }
            }
          ]
        }
        """;

    [Fact]
    public void Parse_GoodFile_EntriesWithLinesPinsRejectsAndFields()
    {
        var file = OverridesFile.Parse(Good, "cache/overrides.json");

        Assert.Equal(2, file.Entries.Count);
        var first = file.Entries[0];
        Assert.Equal((4, "arxiv:2103.00476"), (first.Line, first.Paper));
        Assert.Equal([new ArxivId("2106.06984")], first.Pins);
        Assert.Equal(["doi:10.9999/other.paper", "openreview:AbCdEf1234"], first.Reject);
        var second = file.Entries[1];
        Assert.Equal(10, second.Line);
        Assert.Equal("doi:10.1109/iccv48922.2021.01006", Assert.Single(second.Pins).Key.ToLowerInvariant());
        Assert.Equal("2021", second.Fields["issued"]);
        Assert.Equal(string.Empty, second.Fields["note"]);
    }

    [Theory]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", } ", "cache/overrides.json:1: not valid JSON")]
    [InlineData("{\n \"papers\": [\n  {\n   \"paper\": \"x\",\n   \"arxiv\": \"not-an-id\"\n  }\n ]\n}", "cache/overrides.json:3: entry 1: \"arxiv\": not an arXiv id")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"pin\": \"2401.00001\" } ] }", "cache/overrides.json:1: entry 1: unknown key \"pin\"")]
    [InlineData("{ \"papers\": [ { \"arxiv\": \"2401.00001\" } ] }", "entry 1: \"paper\" is missing")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"fields\": { \"author\": \"Lovelace, Ada, Countess and Turing, Alan\" } } ] }", "override \"author\" must be")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"fields\": { \"editor\": \"Me\" } } ] }", "field \"editor\" cannot be set")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"fields\": { \"issued\": \"soon\" } } ] }", "must be a year")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"reject\": [\"10.1/x\"] } ] }", "is not doi:…, arxiv:… or openreview:…")]
    [InlineData("{ \"paper\": [] }", "unknown key \"paper\" at the top level")]
    [InlineData("[]", "expected an object")]
    [InlineData("{ \"papers\": [ { \"paper\": \"\\uD800x\" } ] }", "entry 1: text that is not valid Unicode")]
    [InlineData("{ \"\\uD800\": 1 }", "text that is not valid Unicode")]
    [InlineData("{ \"papers\": [], \"papers\": [ { \"paper\": \"x\" } ] }", "\"papers\" is given twice at the top level")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"arxiv\": \"2401.00001\", \"arxiv\": \"2401.00002\" } ] }", "\"arxiv\" is given twice")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"fields\": { \"note\": \"a\", \"note\": \"b\" } } ] }", "field \"note\" is given twice")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"fields\": { \"type\": \"banana\" } } ] }", "must be a CSL type")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"fields\": { \"type\": \"inproceedings\" } } ] }", "must be a CSL type")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"fields\": { \"DOI\": \"nope\" } } ] }", "is not a DOI")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"fields\": { \"arxiv-id\": \"abc\" } } ] }", "is not an arXiv id")]
    [InlineData("{ \"papers\": [ { \"paper\": \"x\", \"fields\": { \"URL\": \"ftp://x\" } } ] }", "must be an http(s) URL")]
    public void Parse_BadFile_OneLineErrorNamingFileAndLineOrEntry(string text, string expected)
    {
        var error = Assert.Throws<OverridesFileException>(() => OverridesFile.Parse(text, "cache/overrides.json"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("cache/overrides.json", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void For_MatchesIdentityIdentifierKeyCitationKeyOrTitle()
    {
        var file = OverridesFile.Parse(Good, "o.json");

        Assert.Same(file.Entries[0], file.For("title:x", null, [new ArxivId("2103.00476")], "Another Title"));
        Assert.Same(file.Entries[1], file.For("cvf:x", null, [], "Temporal-Wise Attention Spiking Neural Networks for Event-Streams Classification."));
        Assert.Null(file.For("arxiv:2401.00001", "key2024", [new ArxivId("2401.00001")], "Unrelated"));
    }

    [Fact]
    public void Load_NoFile_Empty_AndNeverWritesOne()
    {
        using var folder = new TempFolder();

        Assert.Empty(OverridesFile.Load(folder.Path).Entries);
        Assert.False(File.Exists(OverridesFile.PathIn(folder.Path)));
    }

    [Fact]
    public void Apply_PinReplacesTheListsIdentifierOfItsKind()
    {
        var item = new UpdateItem
        {
            Identity = "arxiv:2103.00476",
            Title = "Optimal Conversion",
            Identifiers = [new ArxivId("2103.00476"), new DoiId("10.1/listed")],
            ListRecord = TestRecords.Listed("arxiv:2103.00476", "Optimal Conversion", 2021, arxivId: "2103.00476"),
        };
        var entry = OverridesFile.Parse(Good, "o.json").Entries[0];

        var applied = OverrideApplier.Apply(item, entry);

        Assert.Equal(["arxiv:2106.06984", "doi:10.1/listed"], applied.Identifiers.Select(i => i.Key));
        Assert.Equal("2106.06984", applied.ListRecord.ArxivId);
        Assert.Equal(SourceName.User, applied.ListRecord.Provenance["arxiv-id"].Source);
        Assert.Contains("doi:10.9999/other.paper", applied.Overrides.RejectedRecords);
        Assert.Equal(item.Identity, applied.Identity); // the cache key does not move
    }

    [Fact]
    public void Parse_NotUtf8_OneLineError()
    {
        byte[] bytes = [.. "{ \"papers\": [ { \"paper\": \"x"u8, 0xFF, .. "\" } ] }"u8];

        var error = Assert.Throws<OverridesFileException>(() => OverridesFile.Parse(bytes, "cache/overrides.json"));

        Assert.Equal("cache/overrides.json: not valid UTF-8 text", error.Message);
    }

    [Theory]
    [InlineData("DOI", "https://doi.org/10.1109/ICCV48922.2021.01006", "10.1109/iccv48922.2021.01006")]
    [InlineData("arxiv-id", "arXiv:2401.01234v2", "2401.01234")]
    [InlineData("type", "paper-conference", "paper-conference")]
    public void MergeFieldsParse_IdentifierAndTypeFields_Normalised(string field, string text, string expected)
    {
        Assert.Equal(expected, MergeFields.Parse(field, text));
    }

    [Fact]
    public void Apply_PinnedArxivId_DropsTheListsUrlAndNumberNamingTheReplacedId()
    {
        var listed = TestRecords.Listed("arxiv:2103.00476", "Optimal Conversion", 2021, url: "https://arxiv.org/abs/2103.00476", arxivId: "2103.00476");
        var item = new UpdateItem
        {
            Identity = "arxiv:2103.00476",
            Title = "Optimal Conversion",
            Identifiers = [new ArxivId("2103.00476")],
            ListRecord = listed with
            {
                Item = listed.Item with { Number = "arXiv:2103.00476" },
                Provenance = new Dictionary<string, FieldProvenance> { ["URL"] = new(SourceName.List), ["number"] = new(SourceName.List) },
            },
        };
        var entry = OverridesFile.Parse(Good, "o.json").Entries[0];

        var record = OverrideApplier.Apply(item, entry).ListRecord;

        Assert.Equal("2106.06984", record.ArxivId);
        Assert.Null(record.Item.Url);
        Assert.Null(record.Item.Number);
        Assert.False(record.Provenance.ContainsKey("URL"));
        Assert.False(record.Provenance.ContainsKey("number"));
    }

    [Fact]
    public void Apply_PinnedDoiAndOpenReviewId_DropTheListsLinksToTheReplacedIds()
    {
        var listed = TestRecords.Listed("doi:10.1/listed", "Optimal Conversion", 2021, url: "https://doi.org/10.1/LISTED", doi: "10.1/listed");
        var item = new UpdateItem
        {
            Identity = "doi:10.1/listed",
            Title = "Optimal Conversion",
            Identifiers = [new DoiId("10.1/listed")],
            ListRecord = listed,
        };
        var byDoi = new OverrideEntry(1, "doi:10.1/listed", [new DoiId("10.2/pinned")], [], new Dictionary<string, string>());
        var onOpenReview = item with
        {
            Identifiers = [new OpenReviewId("OldForum01")],
            ListRecord = listed with { OpenReviewId = "OldForum01", Item = listed.Item with { Doi = null, Url = "https://openreview.net/forum?id=OldForum01" } },
        };
        var byOpenReview = new OverrideEntry(1, "doi:10.1/listed", [new OpenReviewId("NewForum02")], [], new Dictionary<string, string>());
        var unrelated = new OverrideEntry(1, "doi:10.1/listed", [new ArxivId("2106.06984")], [], new Dictionary<string, string>());

        Assert.Null(OverrideApplier.Apply(item, byDoi).ListRecord.Item.Url);
        Assert.Null(OverrideApplier.Apply(onOpenReview, byOpenReview).ListRecord.Item.Url);
        // a pin of another kind replaces nothing the URL names
        Assert.Equal("https://doi.org/10.1/LISTED", OverrideApplier.Apply(item, unrelated).ListRecord.Item.Url);
    }

    [Fact]
    public void For_TwoEntriesForOnePaper_OneLineErrorNamingBothLines()
    {
        var file = OverridesFile.Parse("{ \"papers\": [\n { \"paper\": \"arxiv:2101.01234\" },\n { \"paper\": \"arxiv:2101.01234\", \"arxiv\": \"2102.00001\" }\n] }", "cache/overrides.json");

        var error = Assert.Throws<OverridesFileException>(() => file.For("arxiv:2101.01234", null, [new ArxivId("2101.01234")], "A Title"));

        Assert.StartsWith("cache/overrides.json:3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("at line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListLinks_PublisherUrlNamesItsDoiWithoutSpellingIt_Dropped()
    {
        var item = new CslItem { Id = "x", Type = CslItemType.ArticleJournal, Url = "https://www.nature.com/articles/s41467-021-24567-x" };
        var ijcai = item with { Url = "https://www.ijcai.org/proceedings/2021/0123.pdf" };

        Assert.Null(ListLinks.WithoutLinksNaming(item, [new DoiId("10.1038/s41467-021-24567-x")]).Url);
        Assert.Null(ListLinks.WithoutLinksNaming(ijcai, [new DoiId("10.24963/ijcai.2021/123")]).Url);
        Assert.Equal(item.Url, ListLinks.WithoutLinksNaming(item, [new DoiId("10.1038/s41467-021-99999-z")]).Url);
    }
}
