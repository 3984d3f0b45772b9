namespace SnnBib.Resolvers.OpenReview;

/// <summary>
/// An OpenReview note with API 2's {"value": …} wrappers removed, so API 1 and API 2 notes read alike.
/// Every field but <see cref="Id"/> may be missing (hidden from guests, or absent from older venues).
/// </summary>
public sealed record OpenReviewNote
{
    public required string Id { get; init; }

    /// <summary>The submission this note belongs to; equals <see cref="Id"/> for the submission itself.</summary>
    public string? Forum { get; init; }

    public int? Number { get; init; }

    /// <summary>API 2: the venue id the note lives in, e.g. "ICLR.cc/2024/Conference".</summary>
    public string? Domain { get; init; }

    public IReadOnlyList<string> Invitations { get; init; } = [];

    public string? Title { get; init; }

    /// <summary>Display names, in order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    public IReadOnlyList<string> AuthorIds { get; init; } = [];

    public string? Abstract { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Relative PDF path ("/pdf/…pdf") or a URL, as given.</summary>
    public string? Pdf { get; init; }

    /// <summary>Human label, e.g. "ICLR 2024 poster".</summary>
    public string? Venue { get; init; }

    /// <summary>Machine state, e.g. "ICLR.cc/2024/Conference" (accepted) or "ICLR.cc/2024/Conference/Rejected_Submission".</summary>
    public string? VenueId { get; init; }

    /// <summary>content._bibtex, the venue's own BibTeX for the paper.</summary>
    public string? Bibtex { get; init; }

    /// <summary>cdate: creation.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>pdate: when the paper was marked accepted (API 2).</summary>
    public DateTimeOffset? Accepted { get; init; }

    /// <summary>odate: when the note became public.</summary>
    public DateTimeOffset? Opened { get; init; }

    public DateTimeOffset? Modified { get; init; }

    /// <summary>ddate: soft deletion; a deleted note is treated as absent.</summary>
    public DateTimeOffset? Deleted { get; init; }

    /// <summary>True when this is a reply (review, comment, decision), not the submission.</summary>
    public bool IsReply => Forum is not null && !string.Equals(Forum, Id, StringComparison.Ordinal);

    /// <summary>The PDF as an absolute URL (relative paths are under https://openreview.net).</summary>
    public string? PdfUrl => Pdf switch
    {
        null => null,
        var p when p.StartsWith('/') => "https://openreview.net" + p,
        var p when p.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || p.StartsWith("https://", StringComparison.OrdinalIgnoreCase) => p,
        _ => null,
    };
}
