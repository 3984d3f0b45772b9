using SnnBib.Core.Keys;
using SnnBib.Core.Model;
using Xunit;

namespace SnnBib.Core.Tests.Keys;

public sealed class CitationKeyGeneratorTests
{
    [Theory]
    [InlineData("Guo", "Ternary Spike: Learning Ternary Spikes for Spiking Neural Networks", 2024, "guo2024ternary")]
    [InlineData("Müller", "A Graph is Worth 1-bit Spikes", 2024, "muller2024graph")]
    [InlineData("Łukasiewicz", "Towards Energy Efficient Spiking Neural Networks", 2023, "lukasiewicz2023energy")]
    [InlineData("van der Berg", "On the Third Generation", 1996, "vanderberg1996third")]
    [InlineData("O'Neill", "EC-SNN: Splitting Deep SNNs", 2024, "oneill2024ecsnn")]
    [InlineData("Nguyễn", "Spike-driven Transformer V2", 2024, "nguyen2024spikedriven")]
    public void Default_IsFamilyYearFirstSignificantWord(string family, string title, int year, string expected)
    {
        var item = Item(title, year, CslName.Person(family, "A."));
        Assert.Equal(expected, CitationKeyGenerator.Generate(item, CitationKeyFormat.Default));
    }

    [Fact]
    public void WithoutAuthor_TitleWordsTakeTheAuthorPlace()
    {
        Assert.Equal("ternary2024spike", CitationKeyGenerator.Generate(Item("Ternary Spike: Learning Ternary Spikes", 2024), CitationKeyFormat.Default));
        Assert.Equal("energy2024efficient", CitationKeyGenerator.Generate(Item("Towards Energy Efficient Spiking Neural Networks", 2024), CitationKeyFormat.Default));
        Assert.Equal("spikformer2023", CitationKeyGenerator.Generate(Item("Spikformer", 2023), CitationKeyFormat.Default));
    }

    [Fact]
    public void AuthorWithoutLatinLetters_FallsBackToTheTitle()
    {
        var item = Item("Spiking Graph Networks", 2022, CslName.Person("张", "伟"));
        Assert.Equal("spiking2022graph", CitationKeyGenerator.Generate(item, CitationKeyFormat.Default));
    }

    [Fact]
    public void Organisation_UsesItsFirstSignificantWord()
    {
        var item = Item("Neuromorphic Chips", 2023, CslName.Organisation("The Neuromorphic Computing Working Group"));
        Assert.Equal("neuromorphic2023neuromorphic", CitationKeyGenerator.Generate(item, CitationKeyFormat.Default));
    }

    [Fact]
    public void NothingUsable_IsAnonPlusYear()
    {
        Assert.Equal("anon2024", CitationKeyGenerator.Generate(Item("The Of", 2024), CitationKeyFormat.Default));
        Assert.Equal("anon", CitationKeyGenerator.Generate(new CslItem { Id = "x", Type = CslItemType.Document }, CitationKeyFormat.Default));
    }

    [Theory]
    [InlineData("{Auth}_{year}_{shorttitle}", "Guo_2024_TernarySpikeLearning")]
    [InlineData("{auth}:{Title}", "guo:Ternary")]
    [InlineData("{title}{year}", "ternary2024")]
    public void Formats_CombineTokensAndLiterals(string pattern, string expected)
    {
        var item = Item("Ternary Spike: Learning Ternary Spikes", 2024, CslName.Person("Guo", "Yufei"));
        Assert.Equal(expected, CitationKeyGenerator.Generate(item, CitationKeyFormat.Parse(pattern)));
    }

    [Theory]
    [InlineData("{auth}{yr}", "unknown token {yr}")]
    [InlineData("{auth} {year}", "character ' '")]
    [InlineData("{auth", "never closed")]
    [InlineData("static", "at least one token")]
    [InlineData("{auth}%{year}", "character '%'")]
    public void BadFormats_AreRejectedWithAReason(string pattern, string reason)
    {
        var e = Assert.Throws<FormatException>(() => CitationKeyFormat.Parse(pattern));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains(pattern, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "a")]
    [InlineData(26, "z")]
    [InlineData(27, "aa")]
    [InlineData(52, "az")]
    [InlineData(703, "aaa")]
    public void Suffixes_CountA_To_Z_Then_AA(int n, string expected) => Assert.Equal(expected, CitationKeyGenerator.Suffix(n));

    [Fact]
    public void Disambiguate_TakesTheFirstFreeSuffix()
    {
        var taken = new HashSet<string> { "guo2024ternary", "guo2024ternarya" };
        Assert.Equal("guo2024ternaryb", CitationKeyGenerator.Disambiguate("guo2024ternary", taken.Contains));
        Assert.Equal("zhou2024spike", CitationKeyGenerator.Disambiguate("zhou2024spike", taken.Contains));
    }

    private static CslItem Item(string title, int year, params CslName[] authors) => new()
    {
        Id = "x",
        Type = CslItemType.PaperConference,
        Title = title,
        Issued = new CslDate(year),
        Author = authors,
    };
}
