using System.Text.RegularExpressions;
using SnnBib.Core.Venues;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Records;

public sealed partial class VenueCatalogTests
{
    [Theory]
    [InlineData("ICLR", "International Conference on Learning Representations", VenueKind.Conference)]
    [InlineData("NIPS", "Advances in Neural Information Processing Systems", VenueKind.Conference)]
    [InlineData("neurips", "Advances in Neural Information Processing Systems", VenueKind.Conference)]
    [InlineData("ICCV", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)", VenueKind.Conference)]
    [InlineData("AAAI", "Proceedings of the AAAI Conference on Artificial Intelligence", VenueKind.Conference)]
    [InlineData("TPAMI", "IEEE Transactions on Pattern Analysis and Machine Intelligence", VenueKind.Journal)]
    [InlineData("Science Advances 2023", "Science Advances", VenueKind.Journal)]
    [InlineData("  Frontiers   in Neuroscience ", "Frontiers in Neuroscience", VenueKind.Journal)]
    [InlineData("Nature Communications", "Nature Communications", VenueKind.Journal)]
    public void KnownLabels_GiveFullNameAndKind(string label, string name, VenueKind kind)
    {
        var venue = VenueCatalog.Find(label);
        Assert.NotNull(venue);
        Assert.Equal((name, kind, true), (venue.Name, venue.Kind, venue.IsKnown));
    }

    [Theory]
    [InlineData("CVPR Workshops 2023", "CVPR Workshops", VenueKind.Conference)]
    [InlineData("Journal of Foo", "Journal of Foo", VenueKind.Journal)]
    [InlineData("Foo 2023", "Foo", VenueKind.Unknown)]
    public void UnknownLabels_AreKeptAsWritten(string label, string name, VenueKind kind)
    {
        Assert.Null(VenueCatalog.Find(label));
        var venue = VenueCatalog.Resolve(label);
        Assert.Equal((name, kind, false), (venue.Name, venue.Kind, venue.IsKnown));
    }

    [Fact]
    public void Names_CarryNoYearOrOrdinal()
    {
        Assert.All(VenueCatalog.All, v => Assert.DoesNotMatch(@"\d{4}|\d+(st|nd|rd|th)\b|Twelfth|Thirty", v.Name));
    }

    [SkippableFact]
    public void EverySeedListLabel_IsAKnownVenue()
    {
        var seed = SharedFolder.ReadText("lists", "awesome-snn-2024-05.md");
        var labels = BoldLabel().Matches(seed).Select(m => m.Groups[1].Value.Trim()).Distinct().ToList();
        Assert.True(labels.Count >= 10, $"only {labels.Count} labels found");
        Assert.All(labels, l => Assert.True(VenueCatalog.Find(l) is not null, $"seed label \"{l}\" is not in the catalog"));
    }

    [GeneratedRegex(@"\(\*\*([^*]+?)\s+(?:19|20)\d{2}\*\*\)")]
    private static partial Regex BoldLabel();
}
