using SnnBib.Resolvers.OpenReview;
using Xunit;

namespace SnnBib.Resolvers.Tests.OpenReview;

public class BibtexFieldsTests
{
    [Fact]
    public void Parse_OpenReviewStyleEntry_ReadsTypeAndFields()
    {
        var fields = BibtexFields.Parse("""
            @inproceedings{
            berg2024spiking,
            title={Spiking {SNN} Transformers},
            author={Anna van der Berg and Luca Del Piero},
            booktitle={The Twelfth International Conference on Learning Representations },
            year={2024},
            note = "quoted value",
            pages = 17,
            url={https://openreview.net/forum?id=Sp1kE_Tr4n}
            }
            """)!;

        Assert.Equal("inproceedings", fields.EntryType);
        Assert.Equal("Spiking SNN Transformers", fields["title"]);
        Assert.Equal("The Twelfth International Conference on Learning Representations", fields["booktitle"]);
        Assert.Equal(("2024", "quoted value", "17"), (fields["year"], fields["note"], fields["pages"]));
        Assert.Equal("https://openreview.net/forum?id=Sp1kE_Tr4n", fields["URL"]);
        Assert.Null(fields["journal"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not bibtex")]
    [InlineData("@{nokey}")]
    public void Parse_NotAnEntry_IsNull(string? text) => Assert.Null(BibtexFields.Parse(text));

    [Fact]
    public void Parse_UnbalancedValue_StopsWithoutThrowing()
    {
        var fields = BibtexFields.Parse("@article{k, title={Open {brace}, year={2020}")!;
        Assert.Equal("article", fields.EntryType);
        Assert.Null(fields["year"]);
    }
}
