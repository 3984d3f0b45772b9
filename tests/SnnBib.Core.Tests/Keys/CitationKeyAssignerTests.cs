using SnnBib.Core.Keys;
using SnnBib.Core.Model;
using Xunit;

namespace SnnBib.Core.Tests.Keys;

public sealed class CitationKeyAssignerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("snnbib-keys-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Collisions_GetSuffixesInListOrder()
    {
        var records = new[]
        {
            Record("arxiv:1", "Spiking Transformers", "Zhou"),
            Record("arxiv:2", "Spiking Networks", "Zhou"),
            Record("arxiv:3", "Spiking Graphs", "Zhou"),
            Record("arxiv:4", "Other Things", "Zhou"),
        };
        var result = CitationKeyAssigner.Assign(records, new KeyStore());
        Assert.Equal(["zhou2024spiking", "zhou2024spikinga", "zhou2024spikingb", "zhou2024other"], result.Records.Select(r => r.Item.CitationKey));
        Assert.All(result.Records, r => Assert.Equal(r.Item.CitationKey, r.Item.Id));
        Assert.True(result.StoreChanged);
        Assert.Equal(4, result.NewKeys);
    }

    [Fact]
    public void StoredKeys_SurviveARestart_AndBetterMetadata()
    {
        var path = KeyStore.PathIn(_folder);
        var firstRun = new[] { Record("openreview:a", "Ternary Spike: Learning", null), Record("arxiv:b", "Spikformer V2", null) };
        var store = KeyStore.Load(path);
        var first = CitationKeyAssigner.Assign(firstRun, store);
        store.Save(path);
        Assert.Equal(["ternary2024spike", "spikformer2024v2"], first.Records.Select(r => r.Item.CitationKey));

        // Next run: the resolver found authors and a new year; the keys stay, and nothing needs saving.
        var improved = new[] { Record("openreview:a", "Ternary Spike: Learning", "Guo", 2023), Record("arxiv:b", "Spikformer V2", "Zhou", 2023) };
        var reloaded = KeyStore.Load(path);
        var second = CitationKeyAssigner.Assign(improved, reloaded);
        Assert.Equal(["ternary2024spike", "spikformer2024v2"], second.Records.Select(r => r.Item.CitationKey));
        Assert.False(second.StoreChanged);
        Assert.False(reloaded.IsChanged);
    }

    [Fact]
    public void KeyFormat_AppliesToNewKeysOnly()
    {
        var store = new KeyStore();
        CitationKeyAssigner.Assign([Record("arxiv:1", "Ternary Spike", "Guo")], store);
        var format = CitationKeyFormat.Parse("{Auth}_{year}_{shorttitle}");
        var result = CitationKeyAssigner.Assign([Record("arxiv:1", "Ternary Spike", "Guo"), Record("arxiv:2", "Memory Efficient Reversible Spiking", "Zhang")], store, format);
        Assert.Equal(["guo2024ternary", "Zhang_2024_MemoryEfficientReversible"], result.Records.Select(r => r.Item.CitationKey));
    }

    [Fact]
    public void NewKey_NeverTakesAStoredKey_EvenOfAPaperNotInThisRun()
    {
        var store = KeyStore.Parse("""{"schema": 1, "keys": {"doi:10.1/old": "guo2024ternary"}}""");
        var result = CitationKeyAssigner.Assign([Record("arxiv:new", "Ternary Spike", "Guo")], store);
        Assert.Equal("guo2024ternarya", result.Records[0].Item.CitationKey);
    }

    [Fact]
    public void Save_WritesSortedSchemaVersionedJson_Atomically()
    {
        var path = KeyStore.PathIn(Path.Combine(_folder, "cache"));
        var store = new KeyStore();
        store.Add("title:zeta", "zeta2024");
        store.Add("arxiv:2401.00001", "alpha2024");
        store.Add("doi:10.1/x", "beta2024");
        store.Save(path);
        Assert.Equal(
            "{\n  \"schema\": 1,\n  \"keys\": {\n    \"arxiv:2401.00001\": \"alpha2024\",\n    \"doi:10.1/x\": \"beta2024\",\n    \"title:zeta\": \"zeta2024\"\n  }\n}\n",
            File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        Assert.False(store.IsChanged);

        // Overwriting keeps exactly one file and the new content.
        store.Add("title:eta", "eta2024");
        store.Save(path);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        Assert.Equal(4, KeyStore.Load(path).Count);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("""{"keys": {}}""", "\"schema\"")]
    [InlineData("""{"schema": 2, "keys": {}}""", "schema 2 is not supported")]
    [InlineData("""{"schema": 1, "keys": {"a": "k", "b": "k"}}""", "given to two papers")]
    [InlineData("""{"schema": 1, "keys": {"a": "bad key"}}""", "not a valid citation key")]
    [InlineData("""{"schema": 1, "keys": {"a": 3}}""", "not a string")]
    public void BadKeyFiles_FailWithOneLineNamingTheFile(string json, string reason)
    {
        var path = Path.Combine(_folder, "keys.json");
        File.WriteAllText(path, json);
        var e = Assert.Throws<KeyStoreException>(() => KeyStore.Load(path));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void MissingFile_IsAnEmptyStore() => Assert.Equal(0, KeyStore.Load(Path.Combine(_folder, "none", "keys.json")).Count);

    [Fact]
    public void Add_RefusesToReplaceOrReuse()
    {
        var store = new KeyStore();
        store.Add("a", "k1");
        Assert.Throws<InvalidOperationException>(() => store.Add("a", "k2"));
        Assert.Throws<InvalidOperationException>(() => store.Add("b", "k1"));
    }

    private static PaperRecord Record(string identity, string title, string? family, int year = 2024) => new()
    {
        Identity = identity,
        Item = new CslItem
        {
            Id = identity,
            Type = CslItemType.PaperConference,
            Title = title,
            Issued = new CslDate(year),
            Author = family is null ? [] : [CslName.Person(family, "A.")],
        },
    };
}
