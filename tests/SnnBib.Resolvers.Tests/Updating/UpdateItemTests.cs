using SnnBib.Core.Identifiers;
using SnnBib.Core.Lists;
using SnnBib.Resolvers.Tests.Merging;
using SnnBib.Resolvers.Updating;
using Xunit;

namespace SnnBib.Resolvers.Tests.Updating;

public sealed class UpdateItemTests
{
    [Fact]
    public void From_ListedPaper_TakesIdentityPrimaryTitleBestYearAndIdentifiers()
    {
        var primary = new ListEntry { Line = 40, Title = "Spiking Paper Listed Twice", SectionYear = 2023 };
        var second = new ListEntry { Line = 90, Title = "Spiking paper listed twice", Year = 2024, Venue = "ICLR", VenueLabel = "ICLR 2024" };
        var paper = new ListedPaper
        {
            Identity = "arxiv:2405.00001",
            Entries = [primary, second],
            Identifiers = [new ArxivId("2405.00001", 2), new CvfPaperId("ICCV", 2023, "x.pdf")],
        };
        var record = TestRecords.Listed(paper.Identity, primary.Title, 2023);

        var item = UpdateItem.From(paper, record, "lovelace2023spiking");

        Assert.Equal("arxiv:2405.00001", item.Identity);
        Assert.Equal("Spiking Paper Listed Twice", item.Title);
        Assert.Equal(2023, item.Year);
        Assert.Equal(paper.Identifiers, item.Identifiers);
        Assert.Same(record, item.ListRecord);
        Assert.Equal("lovelace2023spiking", item.Key);
        Assert.Empty(item.Overrides.Fields);
    }
}
