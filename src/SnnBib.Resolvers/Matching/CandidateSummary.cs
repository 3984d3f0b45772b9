using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Matching;

/// <summary>A candidate as a person reviewing it needs to see it (kept with the finding in the cache and shown by `snnbib report`).</summary>
/// <param name="Id">The record's identifier key: "doi:…", "arxiv:…" or "openreview:…".</param>
public sealed record CandidateSummary(
    SourceName Source,
    string? Id,
    string? Title,
    int? Year,
    string? FirstAuthor,
    string? Venue,
    double Similarity,
    MatchDecision Decision,
    string Why)
{
    public static CandidateSummary From(CandidateScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var record = score.Record;
        var item = record.Item;
        var id = record.Source switch
        {
            SourceName.Crossref when item.Doi is not null => "doi:" + item.Doi,
            SourceName.Arxiv when record.ArxivId is not null => "arxiv:" + record.ArxivId,
            SourceName.OpenReview when record.OpenReviewId is not null => "openreview:" + record.OpenReviewId,
            _ => null,
        };
        var first = item.Author.Count > 0 ? item.Author[0] : null;
        var author = first is null ? null : first.Family is null ? first.Literal : string.Join(' ', new[] { first.Given, first.Family }.OfType<string>());
        return new CandidateSummary(
            record.Source,
            id,
            item.Title,
            item.Issued?.Year,
            author,
            item.ContainerTitle ?? item.EventTitle ?? record.Venue ?? item.Publisher,
            Math.Round(score.Title, 2),
            score.Decision,
            score.Why);
    }
}
