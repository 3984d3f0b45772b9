namespace SnnBib.Resolvers.OpenReview;

/// <summary>
/// Accepted or not, decided on content.venueid (apis.md §3.4), never on the display label:
/// <list type="bullet">
/// <item>a venueid whose last segment is a submission state (Submission, Blind_Submission, Withdrawn_Submission,
/// Rejected_Submission, Desk_Rejected_Submission, or any …Withdrawn…/…Rejected… / …_Submission) → not accepted;</item>
/// <item>API 2 (the note has a domain): accepted exactly when venueid equals the domain (the venue id);</item>
/// <item>API 1 (no domain): accepted when the venueid ends in "/Conference" (ICLR ≤ 2023 accepted papers carry
/// "ICLR.cc/2023/Conference"); any other venueid is unknown (null);</item>
/// <item>no venueid: not accepted when the label says "Submitted to …", else unknown.</item>
/// </list>
/// </summary>
public static class OpenReviewVenueStatus
{
    private static readonly HashSet<string> SubmissionStates = new(StringComparer.OrdinalIgnoreCase)
    {
        "Submission", "Blind_Submission", "Withdrawn_Submission", "Rejected_Submission", "Desk_Rejected_Submission",
        "Withdrawn", "Rejected", "Desk_Rejected", "Submitted", "Under_Review",
    };

    public static bool? IsAccepted(string? venueId, string? domain, string? venue)
    {
        if (string.IsNullOrWhiteSpace(venueId))
        {
            return venue is not null && venue.StartsWith("Submitted to", StringComparison.OrdinalIgnoreCase) ? false : null;
        }

        var id = venueId.Trim().TrimEnd('/');
        var last = id[(id.LastIndexOf('/') + 1)..];
        if (SubmissionStates.Contains(last)
            || last.EndsWith("_Submission", StringComparison.OrdinalIgnoreCase)
            || last.Contains("Withdrawn", StringComparison.OrdinalIgnoreCase)
            || last.Contains("Rejected", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!string.IsNullOrWhiteSpace(domain))
        {
            return string.Equals(id, domain.Trim().TrimEnd('/'), StringComparison.Ordinal);
        }

        return string.Equals(last, "Conference", StringComparison.OrdinalIgnoreCase) ? true : null;
    }
}
