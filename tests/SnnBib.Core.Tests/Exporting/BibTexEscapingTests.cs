using SnnBib.Core.Exporting;
using SnnBib.Core.Model;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Exporting;

/// <summary>Escaping checked by reading the written BibTeX back (braces counted as BibTeX does) and decoding it.</summary>
public sealed class BibTexEscapingTests
{
    public static TheoryData<string> Titles() =>
    [
        "SpikingJelly Meets ResNet: SNN on CIFAR10-DVS & LIF",
        "50% of #tags_and {braces} cost a ~ and a ^ and a \\ backslash",
        "Memory $O(L)$ and $O(1)$ inference",
        "Unbalanced { brace, a lone } and reversed }{ pairs",
        "A lone $ sign, $$ twice, $ 5$ and $5 and $10 stay text",
        "Math keeps $a%b#c$ and $x_{t}^{2}$ as math",
        "Ligatures -- and --- and `` and '' stay literal",
        "Müller, Łukasiewicz, Øster, Strauß, Dvořák, Íñigo, Nguyễn Thị, Ça va, Ådne",
        "Greek α-synuclein, β-VAE, ≤ 3 → ∞, 2×2 ± 1",
        "Non\u00A0breaking and `quoted' text",
    ];

    [Theory]
    [MemberData(nameof(Titles))]
    public void Title_ReadBack_GivesOriginalText(string title)
    {
        foreach (var writer in new IExporter[] { new BibTexWriter(), new BibLatexWriter() })
        {
            var bib = writer.Write([Record(title)], new ExportOptions());
            var entry = Assert.Single(BibTexFieldReader.Parse(bib));
            Assert.Equal(title, BibTexFieldReader.Decode(entry.Fields["title"]));
        }
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void ClassicBibTex_IsSevenBitAscii(string title)
    {
        var bib = new BibTexWriter().Write([Record(title)], new ExportOptions());
        Assert.All(bib, c => Assert.True(c < 128, $"non-ASCII U+{(int)c:X4} in {bib}"));
    }

    [Fact]
    public void Title_ProtectsAcronymsAndMixedCaseOnly()
    {
        var title = BibTexEscaper.Ascii.Title("SpikingJelly Meets ResNet: Training SNN Models on CIFAR10-DVS with LIF Neurons, Spike-driven V2 in 3D");
        Assert.Equal(
            "{SpikingJelly} Meets {ResNet}: Training {SNN} Models on {CIFAR10-DVS} with {LIF} Neurons, Spike-driven {V2} in {3D}",
            title);
    }

    [Fact]
    public void Title_KeepsMathAsMath_AndEscapesALoneDollar()
    {
        Assert.Equal("Memory {$O(L)$} for \\$5", BibTexEscaper.Ascii.Title("Memory $O(L)$ for $5"));
        Assert.Equal("Memory $O(L)$", BibTexEscaper.Ascii.Text("Memory $O(L)$"));
    }

    [Fact]
    public void SpecialCharacters_AreEscaped()
    {
        Assert.Equal(
            @"\& \% \$ \# \_ \{\} \textbraceleft{} \textasciitilde{} \textasciicircum{} \textbackslash{}",
            BibTexEscaper.Unicode.Text("& % $ # _ {} { ~ ^ \\"));
    }

    [Theory]
    [InlineData("García", "Ángel", @"Garc{\'i}a, {\'A}ngel")]
    [InlineData("Müller", "Jürgen", @"M{\""u}ller, J{\""u}rgen")]
    [InlineData("Antonín", "Íñigo", @"Anton{\'i}n, {\'I}{\~n}igo")]
    [InlineData("Łukasiewicz", "Paweł", @"{\L}ukasiewicz, Pawe{\l}")]
    [InlineData("Øster", "Søren", @"{\O}ster, S{\o}ren")]
    [InlineData("Strauß", null, @"Strau{\ss}")]
    [InlineData("Dvořák", null, @"Dvo{\v{r}}{\'a}k")]
    [InlineData("Nguyễn", "Thị", @"Nguy{\~{\^e}}n, Th{\d{i}}")]
    [InlineData("Doe, Jr.", "John", @"{Doe, Jr.}, John")]
    [InlineData("Zhang", "Hong-Tao", "Zhang, Hong-Tao")]
    public void Names_UseAccentMacrosInBraces(string family, string? given, string expected)
    {
        var name = BibTexEscaper.Ascii.Name(CslName.Person(family, given));
        Assert.Equal(expected, name);
        Assert.DoesNotContain(@"\'\i", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Organisation_IsOneBraceGroup()
    {
        Assert.Equal(
            "{Smith \\& Sons Lab} and Doe, Jane",
            BibTexEscaper.Ascii.Names([CslName.Organisation("Smith & Sons Lab"), CslName.Person("Doe", "Jane")]));
    }

    [Fact]
    public void CharactersWithoutMacro_UseTheDocumentedFallback()
    {
        Assert.Equal("Zhang ?? and {$\\alpha$}", BibTexEscaper.Ascii.Text("Zhang 伟伟 and α"));
        Assert.Equal("Zhang 伟伟 and α", BibTexEscaper.Unicode.Text("Zhang 伟伟 and α"));
    }

    [Fact]
    public void Verbatim_KeepsUrlsAndDois_EncodingOnlyWhatBibTexCannotHold()
    {
        Assert.Equal("https://x.org/a_b?c=1&d=%20#frag", BibTexEscaper.Ascii.Verbatim("https://x.org/a_b?c=1&d=%20#frag"));
        Assert.Equal("https://x.org/%7Ba%7D%20b/%C3%BC", BibTexEscaper.Ascii.Verbatim("https://x.org/{a} b/ü"));
        Assert.Equal("https://x.org/ü", BibTexEscaper.Unicode.Verbatim("https://x.org/ü"));
    }

    [Fact]
    public void HardCases_ReadBack_TitlesAuthorsAndAbstracts()
    {
        foreach (var writer in new IExporter[] { new BibTexWriter(), new BibLatexWriter() })
        {
            var entries = BibTexFieldReader.Parse(writer.Write(HardCaseRecords.All, ExportSnapshotTests.Options));
            Assert.Equal(HardCaseRecords.All.Count, entries.Count);
            foreach (var (entry, record) in entries.Zip(HardCaseRecords.All))
            {
                Assert.Equal(record.Item.CitationKey, entry.Key);
                Assert.Equal(record.Item.Title, BibTexFieldReader.Decode(entry.Fields["title"]));
                var authors = entry.Fields.TryGetValue("author", out var a) ? SplitNames(a) : [];
                Assert.Equal(record.Item.Author.Count, authors.Count);
                Assert.Equal(
                    record.Item.Author.Select(n => n.Family ?? n.Literal),
                    authors.Select(n => BibTexFieldReader.Decode(n.Split(", ")[0])));
                if (record.Item.Abstract is { } abstractText)
                {
                    var expected = string.Join('\n', abstractText.Split('\n').Where(l => l.Length > 0));
                    Assert.Equal(expected, BibTexFieldReader.Decode(entry.Fields["abstract"], keepLines: true));
                }
            }
        }
    }

    [Fact]
    public void Abstracts_OnlyWithTheOption()
    {
        var without = new BibTexWriter().Write(HardCaseRecords.All, new ExportOptions());
        Assert.DoesNotContain("abstract =", without, StringComparison.Ordinal);
        Assert.Contains("abstract =", new BibTexWriter().Write(HardCaseRecords.All, new ExportOptions { BibTexAbstracts = true }), StringComparison.Ordinal);
    }

    // Splits an author field on " and " at brace depth 0, as BibTeX does.
    private static List<string> SplitNames(string field)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < field.Length; i++)
        {
            depth += field[i] == '{' ? 1 : field[i] == '}' ? -1 : 0;
            if (depth == 0 && string.CompareOrdinal(field, i, " and ", 0, 5) == 0)
            {
                names.Add(field[start..i]);
                start = i + 5;
                i += 4;
            }
        }

        names.Add(field[start..]);
        return names.Select(n => n.StartsWith('{') && n.EndsWith('}') && !n.Contains(", ", StringComparison.Ordinal) ? n : n).ToList();
    }

    private static PaperRecord Record(string title) => new()
    {
        Identity = "test:1",
        Item = new CslItem
        {
            Id = "key1",
            CitationKey = "key1",
            Type = CslItemType.ArticleJournal,
            Title = title,
            Author = [CslName.Person("Doe", "Jane")],
            ContainerTitle = "Journal",
            Issued = new CslDate(2024),
        },
    };

    [Fact]
    public void FormatCharacters_AlsoOutsideTheBasicPlane_AreDropped()
    {
        // U+200B zero-width space and U+E0001 language tag: invisible, rejected by pdfLaTeX.
        var title = "Zero\u200Bwidth \U000E0001tag test";

        Assert.Equal("Zerowidth tag test", BibTexEscaper.Ascii.Text(title));
        Assert.Equal("Zerowidth tag test", BibTexEscaper.Unicode.Text(title));
        Assert.Empty(BibTexEscaper.Unwritable(title));
    }
}
