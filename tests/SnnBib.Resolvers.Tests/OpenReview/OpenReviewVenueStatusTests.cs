using SnnBib.Resolvers.OpenReview;
using Xunit;

namespace SnnBib.Resolvers.Tests.OpenReview;

public class OpenReviewVenueStatusTests
{
    [Theory]
    [InlineData("ICLR.cc/2024/Conference", "ICLR.cc/2024/Conference", "ICLR 2024 poster", true)]
    [InlineData("ICLR.cc/2024/Conference/Submission", "ICLR.cc/2024/Conference", "ICLR 2024 Conference Submission", false)]
    [InlineData("ICLR.cc/2024/Conference/Withdrawn_Submission", "ICLR.cc/2024/Conference", null, false)]
    [InlineData("ICLR.cc/2024/Conference/Rejected_Submission", "ICLR.cc/2024/Conference", "Submitted to ICLR 2024", false)]
    [InlineData("ICLR.cc/2024/Conference/Desk_Rejected_Submission", "ICLR.cc/2024/Conference", null, false)]
    [InlineData("TMLR", "TMLR", "Accepted by TMLR", true)]
    [InlineData("NeurIPS.cc/2023/Conference", "ICLR.cc/2024/Conference", null, false)]
    [InlineData("ICLR.cc/2023/Conference", null, "ICLR 2023 notable top 5%", true)]
    [InlineData("ICLR.cc/2023/Conference/Blind_Submission", null, null, false)]
    [InlineData("ICLR.cc/2023/Workshop/TML4H", null, "TML4H 2023", null)]
    [InlineData(null, null, "Submitted to ICLR 2023", false)]
    [InlineData(null, null, "ICLR 2023 poster", null)]
    [InlineData("", "ICLR.cc/2024/Conference", null, null)]
    public void IsAccepted_DecidesOnVenueIdNeverOnTheLabel(string? venueId, string? domain, string? venue, bool? expected) =>
        Assert.Equal(expected, OpenReviewVenueStatus.IsAccepted(venueId, domain, venue));

    [Theory]
    [InlineData("ICLR.cc/2024/Conference", "ICLR 2024")]
    [InlineData("NeurIPS.cc/2023/Conference", "NeurIPS 2023")]
    [InlineData("ICLR.cc/2024/Conference/Rejected_Submission", null)]
    [InlineData("TMLR", null)]
    [InlineData("ICLR.cc/2023/Workshop/TML4H", null)]
    [InlineData(null, null)]
    public void EventOf_ConferenceVenueIds_GiveTheShortEventName(string? venueId, string? expected) =>
        Assert.Equal(expected, OpenReviewMapper.EventOf(venueId));
}
