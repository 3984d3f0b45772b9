using System.Globalization;
using SnnBib.Core.Text;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Matching;

/// <summary>
/// Scores candidate records against what is known about the listed paper and decides accept / review / reject
/// (<see cref="MatchThresholds"/> holds the numbers and the evidence for them). No rule depends on how many
/// candidates there are: a lone candidate is judged exactly like the best of ten.
/// </summary>
public sealed class CandidateScorer(MatchThresholds? thresholds = null)
{
    public MatchThresholds Thresholds { get; } = thresholds ?? MatchThresholds.Default;

    /// <summary>
    /// A record the list's own identifier named. The list vouches for it, so a lower title bar confirms it; below
    /// that bar, or with a different first author and a title short of the search bar, it is another paper (a wrong link).
    /// Year and venue do not count here: a preprint is often a year older than its venue, and the venue label is
    /// checked against the merged record.
    /// </summary>
    public CandidateScore ScoreIdentifierHit(MatchEvidence evidence, SourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(record);
        var title = TitleScore(evidence, record);
        var author = AuthorAgreement.Compare(evidence.FirstAuthorFamily, record.Item.Author);
        var venue = VenueAgreement.Compare(evidence.Venue, record.Item);
        var year = YearAgreement(evidence, record);
        MatchDecision decision;
        string why;
        if (title < Thresholds.IdentifierTitle)
        {
            (decision, why) = (MatchDecision.Reject, $"title {Format(title)}, below {Format(Thresholds.IdentifierTitle)}");
        }
        else if (author == Agreement.Disagrees && title < Thresholds.SearchTitle)
        {
            (decision, why) = (MatchDecision.Reject, $"title {Format(title)} and first author differs");
        }
        else
        {
            (decision, why) = (MatchDecision.Accept, $"title {Format(title)}");
        }

        return new CandidateScore(record, 0, title, author, year, venue, decision, why);
    }

    /// <summary>
    /// A title-search hit. Accepted only with a near-identical title (≥ <see cref="MatchThresholds.SearchTitle"/>) and
    /// no contradicting evidence, or with a contradicting venue label alone when the first author is known to agree
    /// (lists mislabel venues; the disagreement is reported). Near misses (≥ <see cref="MatchThresholds.SearchNearMiss"/>)
    /// and near-identical titles with contradicting evidence go to review, unless the first author and another piece of
    /// evidence both contradict. With <paramref name="authorsKnownFromMatch"/> (looking for the published version of a
    /// paper already matched) a near miss is reviewed only when its first author agrees: other papers on the same topic
    /// are not worth a person's time.
    /// </summary>
    public CandidateScore ScoreSearchHit(MatchEvidence evidence, SourceRecord record, int rank, bool authorsKnownFromMatch = false)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(record);
        var title = TitleScore(evidence, record);
        var author = AuthorAgreement.Compare(evidence.FirstAuthorFamily, record.Item.Author);
        var year = YearAgreement(evidence, record);
        var venue = VenueAgreement.Compare(evidence.Venue, record.Item);
        var against = new List<string>();
        if (author == Agreement.Disagrees)
        {
            against.Add("first author differs");
        }

        if (year == Agreement.Disagrees)
        {
            against.Add($"year {record.Item.Issued?.Year} is not the listed {evidence.Year}");
        }

        if (venue == Agreement.Disagrees)
        {
            against.Add("venue differs from the listed one");
        }

        var why = string.Join("; ", new[] { $"title {Format(title)}" }.Concat(against));
        var authorAndMore = author == Agreement.Disagrees && against.Count >= 2;
        MatchDecision decision;
        if (title < Thresholds.SearchNearMiss)
        {
            decision = MatchDecision.Reject;
        }
        else if (title >= Thresholds.SearchTitle)
        {
            var onlyVenue = against.Count == 1 && venue == Agreement.Disagrees && author == Agreement.Agrees;
            decision = against.Count == 0 || onlyVenue ? MatchDecision.Accept
                : authorAndMore ? MatchDecision.Reject
                : MatchDecision.Review;
        }
        else
        {
            decision = authorAndMore || (authorsKnownFromMatch && author != Agreement.Agrees) ? MatchDecision.Reject : MatchDecision.Review;
        }

        return new CandidateScore(record, rank, title, author, year, venue, decision, why);
    }

    /// <summary>
    /// Published records: within <see cref="MatchThresholds.YearTolerance"/> of the listed year. Preprints and
    /// submissions may also precede it by up to <see cref="MatchThresholds.PreprintYearLead"/> years (arXiv first,
    /// venue later).
    /// </summary>
    public Agreement YearAgreement(MatchEvidence evidence, SourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(record);
        if (evidence.Year is not { } listed || record.Item.Issued is not { } issued)
        {
            return Agreement.Unknown;
        }

        var isPreprint = RecordMerger.KindOf(record) is RecordKind.ArxivPreprint or RecordKind.OpenReviewSubmission or RecordKind.CrossrefPosted;
        var earliest = listed - (isPreprint ? Math.Max(Thresholds.YearTolerance, Thresholds.PreprintYearLead) : Thresholds.YearTolerance);
        var latest = listed + Thresholds.YearTolerance;
        return issued.Year >= earliest && issued.Year <= latest ? Agreement.Agrees : Agreement.Disagrees;
    }

    /// <summary>The best title similarity over the listed title and the titles of records already matched; 1 when the list has no title.</summary>
    public static double TitleScore(MatchEvidence evidence, SourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(record);
        if (evidence.Title is null)
        {
            return 1;
        }

        return evidence.OtherTitles.Prepend(evidence.Title).Max(t => TitleSimilarity.Score(t, record.Item.Title));
    }

    internal static string Format(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
