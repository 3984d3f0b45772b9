using System.Globalization;
using SnnBib.Core.Model;
using SnnBib.Core.Text;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Merging;

/// <summary>
/// Merges what the sources said about one paper into its list-built record, following <see cref="MergePolicy"/>.
/// Pure: the same inputs give the same record. A source record is merged only when its title agrees with the
/// listed one (<see cref="MatchThresholds"/>); a disagreeing record is reported and left out, and so is any DOI it
/// carried or was asked for.
/// </summary>
public sealed class RecordMerger(MatchThresholds? thresholds = null)
{
    /// <summary>arXiv's own DOIs (10.48550/arXiv.2401.01234) are registered at DataCite and name the preprint.</summary>
    public const string ArxivDataCitePrefix = "10.48550/";

    public MatchThresholds Thresholds { get; } = thresholds ?? MatchThresholds.Default;

    public MergeResult Merge(PaperRecord listed, IReadOnlyList<SourceAnswer> answers, PaperOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(answers);
        overrides ??= PaperOverrides.None;

        var matches = new List<MatchedRecord>();
        var issues = new List<MergeIssue>();
        var vetoedDois = new HashSet<string>(
            overrides.RejectedRecords.Where(r => r.StartsWith("doi:", StringComparison.OrdinalIgnoreCase)).Select(r => r[4..]),
            StringComparer.OrdinalIgnoreCase);
        foreach (var answer in answers)
        {
            if (answer.Lookup.Outcome != LookupOutcome.Found)
            {
                continue;
            }

            var candidates = answer.Lookup.Candidates.Where(c => KindOf(c) is not null && !IsRejected(c, overrides)).ToList();
            if (answer.Query.Kind == LookupKind.Identifier)
            {
                JudgeIdentifierAnswer(listed, answer, candidates, matches, issues, vetoedDois);
            }
            else
            {
                JudgeSearchAnswer(listed, answer, candidates, matches, issues);
            }
        }

        var listContribution = new Contribution(
            RecordKind.List, SourceName.List, null, listed.Item, listed.ArxivId, listed.ArxivPrimaryClass, listed.OpenReviewId);
        var contributions = matches.Select(ToContribution).Append(listContribution).ToList();
        var provenance = new Dictionary<string, FieldProvenance>(listed.Provenance, StringComparer.Ordinal);
        var record = ComposeVenue(listed, contributions, listContribution, vetoedDois, provenance, out var venue);
        record = ComposeFields(record, contributions, provenance, out var titleSource);

        ReportAcceptedDifferences(listed, matches, venue, titleSource, vetoedDois, issues);
        record = ApplyOverrides(record, overrides, provenance, issues);
        return new MergeResult(record with { Status = StatusOf(matches, issues), Provenance = provenance }, matches, issues);
    }

    private void JudgeIdentifierAnswer(
        PaperRecord listed,
        SourceAnswer answer,
        List<SourceRecord> candidates,
        List<MatchedRecord> matches,
        List<MergeIssue> issues,
        HashSet<string> vetoedDois)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var record = candidates[0];
        var listedTitle = listed.Item.Title;
        var similarity = string.IsNullOrWhiteSpace(listedTitle) ? 1 : TitleSimilarity.Score(listedTitle, record.Item.Title);
        if (similarity >= Thresholds.IdentifierTitle)
        {
            matches.Add(new MatchedRecord(KindOf(record)!.Value, record, answer.Query, answer.Lookup.RequestUrl, similarity));
            return;
        }

        if (!string.IsNullOrWhiteSpace(record.Item.Doi))
        {
            vetoedDois.Add(record.Item.Doi);
        }

        if (answer.Query.Value.StartsWith("doi:", StringComparison.OrdinalIgnoreCase))
        {
            vetoedDois.Add(answer.Query.Value["doi:".Length..]);
        }

        issues.Add(new MergeIssue(
            MergeIssueKind.TitleConflict,
            record.Source,
            $"{answer.Query.Value} is \"{record.Item.Title ?? "(no title)"}\", not the listed \"{listedTitle}\" " +
            $"(title similarity {Format(similarity)}); not merged",
            answer.Lookup.RequestUrl,
            record.Item.Title,
            similarity));
    }

    private void JudgeSearchAnswer(
        PaperRecord listed,
        SourceAnswer answer,
        List<SourceRecord> candidates,
        List<MatchedRecord> matches,
        List<MergeIssue> issues)
    {
        var listedTitle = listed.Item.Title;
        if (string.IsNullOrWhiteSpace(listedTitle) || candidates.Count == 0)
        {
            return;
        }

        var listedYear = listed.Item.Issued?.Year;
        var scored = candidates
            .Select((record, rank) => (record, rank, similarity: TitleSimilarity.Score(listedTitle, record.Item.Title)))
            .OrderByDescending(s => s.similarity)
            .ThenBy(s => s.rank)
            .ToList();
        var accepted = scored.FirstOrDefault(s => s.similarity >= Thresholds.SearchTitle && YearAgrees(listedYear, s.record));
        if (accepted.record is not null)
        {
            matches.Add(new MatchedRecord(KindOf(accepted.record)!.Value, accepted.record, answer.Query, answer.Lookup.RequestUrl, accepted.similarity));
            return;
        }

        var best = scored[0];
        if (best.similarity >= Thresholds.SearchTitle)
        {
            issues.Add(new MergeIssue(
                MergeIssueKind.YearOutOfRange,
                best.record.Source,
                $"search found \"{best.record.Item.Title}\" ({best.record.Item.Issued?.Year}), listed in {listedYear}; not merged",
                answer.Lookup.RequestUrl,
                best.record.Item.Title,
                best.similarity));
        }
        else if (best.similarity >= Thresholds.SearchNearMiss)
        {
            issues.Add(new MergeIssue(
                MergeIssueKind.SearchNearMiss,
                best.record.Source,
                $"search found only \"{best.record.Item.Title}\" (title similarity {Format(best.similarity)}); not merged",
                answer.Lookup.RequestUrl,
                best.record.Item.Title,
                best.similarity));
        }
    }

    private bool YearAgrees(int? listedYear, SourceRecord record) =>
        listedYear is null || record.Item.Issued is null || Math.Abs(record.Item.Issued.Year - listedYear.Value) <= Thresholds.YearTolerance;

    private static PaperRecord ComposeVenue(
        PaperRecord listed,
        List<Contribution> contributions,
        Contribution listContribution,
        HashSet<string> vetoedDois,
        Dictionary<string, FieldProvenance> provenance,
        out Contribution venue)
    {
        var submissionNotAccepted = contributions.Any(c => c.Kind == RecordKind.OpenReviewSubmission);
        venue = MergePolicy.VenueOrder
            .SelectMany(kind => contributions.Where(c => c.Kind == kind && QualifiesAsVenue(c, submissionNotAccepted)))
            .FirstOrDefault() ?? listContribution;

        var chosen = venue;
        var record = listed;
        foreach (var field in MergePolicy.VenueFields)
        {
            var from = venue;
            var excluded = MergePolicy.VenueExclusions.Any(e => e.Kind == chosen.Kind && e.Field == field);
            var value = excluded ? null : Usable(field, MergeFields.Read(field, venue), venue, vetoedDois);
            if (value is null)
            {
                var venueKind = venue.Kind;
                var fallback = MergePolicy.VenueFallbacks.FirstOrDefault(f =>
                    f.Field == field && (f.WhenVenueIs.Count == 0 || f.WhenVenueIs.Contains(venueKind)));
                var donor = fallback?.From
                    .SelectMany(kind => contributions.Where(c => c.Kind == kind))
                    .Where(c => !MergePolicy.VenueExclusions.Any(e => e.Kind == c.Kind && e.Field == field))
                    .FirstOrDefault(c => Usable(field, MergeFields.Read(field, c), chosen, vetoedDois) is not null);
                if (donor is not null)
                {
                    from = donor;
                    value = MergeFields.Read(field, donor);
                }
            }

            record = Set(record, field, value, from, provenance);
        }

        return record;
    }

    private static PaperRecord ComposeFields(
        PaperRecord record,
        List<Contribution> contributions,
        Dictionary<string, FieldProvenance> provenance,
        out Contribution? titleSource)
    {
        titleSource = null;
        foreach (var rule in MergePolicy.Fields)
        {
            var donor = rule.Order
                .SelectMany(kind => contributions.Where(c => c.Kind == kind))
                .FirstOrDefault(c => MergeFields.Read(rule.Field, c) is not null);
            record = Set(record, rule.Field, donor is null ? null : MergeFields.Read(rule.Field, donor), donor, provenance);
            if (rule.Field == "title")
            {
                titleSource = donor;
            }
        }

        return record;
    }

    private static PaperRecord Set(PaperRecord record, string field, object? value, Contribution? from, Dictionary<string, FieldProvenance> provenance)
    {
        if (value is null || from is null)
        {
            provenance.Remove(field);
            return field == "type" ? record : MergeFields.Write(record, field, null);
        }

        provenance[field] = from.Provenance;
        return MergeFields.Write(record, field, value);
    }

    /// <summary>
    /// A DOI is unusable when a disagreeing record carried it, or when it is arXiv's own DataCite DOI and the paper is
    /// not exported as the arXiv preprint (it names the preprint, not the listed venue's paper).
    /// </summary>
    private static object? Usable(string field, object? value, Contribution venue, HashSet<string> vetoedDois) =>
        field == "DOI" && value is string doi &&
        (vetoedDois.Contains(doi) ||
         (venue.Kind != RecordKind.ArxivPreprint && doi.StartsWith(ArxivDataCitePrefix, StringComparison.OrdinalIgnoreCase)))
            ? null
            : value;

    private void ReportAcceptedDifferences(
        PaperRecord listed,
        List<MatchedRecord> matches,
        Contribution venue,
        Contribution? titleSource,
        HashSet<string> vetoedDois,
        List<MergeIssue> issues)
    {
        if (titleSource is not null && titleSource.Kind != RecordKind.List)
        {
            var match = matches.First(m => m.Record.Item == titleSource.Item);
            if (match.Similarity < 1)
            {
                issues.Add(new MergeIssue(
                    MergeIssueKind.TitleDiffers,
                    titleSource.Source,
                    $"published title \"{titleSource.Item.Title}\" differs from the listed \"{listed.Item.Title}\" (title similarity {Format(match.Similarity)})",
                    titleSource.RequestUrl,
                    titleSource.Item.Title,
                    match.Similarity));
            }
        }

        foreach (var arxiv in matches.Where(m => m.Kind == RecordKind.ArxivPreprint && !string.IsNullOrWhiteSpace(m.Record.Item.Doi)))
        {
            var doi = arxiv.Record.Item.Doi!;
            // A vetoed DOI (another paper's, or rejected by a person) is reported as such already.
            if (!vetoedDois.Contains(doi) &&
                !matches.Any(m => m.Record.Source == SourceName.Crossref && string.Equals(m.Record.Item.Doi, doi, StringComparison.OrdinalIgnoreCase)))
            {
                issues.Add(new MergeIssue(
                    MergeIssueKind.UnconfirmedDoi,
                    SourceName.Arxiv,
                    $"arXiv names the published version's DOI {doi}, which Crossref has not confirmed; not used",
                    arxiv.RequestUrl));
            }
        }

        var submission = matches.FirstOrDefault(m => m.Kind == RecordKind.OpenReviewSubmission);
        if (submission is not null && NamesVenue(listed.Item) && venue.Kind != RecordKind.CrossrefPublished && venue.Kind != RecordKind.OpenReviewAccepted)
        {
            issues.Add(new MergeIssue(
                MergeIssueKind.VenueDisagreement,
                SourceName.OpenReview,
                $"OpenReview says {submission.Record.OpenReviewId ?? "the submission"} was not accepted (venueid {submission.Record.VenueId ?? "unknown"}); " +
                $"the listed venue \"{listed.Item.ContainerTitle ?? listed.Item.EventTitle}\" is not used",
                submission.RequestUrl,
                submission.Record.Item.Title));
        }

        var listedYear = listed.Item.Issued?.Year;
        var venueYear = venue.Item.Issued?.Year;
        if (venue.Kind != RecordKind.List && listedYear is not null && venueYear is not null &&
            Math.Abs(listedYear.Value - venueYear.Value) > Thresholds.YearTolerance)
        {
            issues.Add(new MergeIssue(
                MergeIssueKind.YearDisagreement,
                venue.Source,
                $"resolved year {venueYear} differs from the listed {listedYear}",
                venue.RequestUrl));
        }
    }

    private static PaperRecord ApplyOverrides(
        PaperRecord record,
        PaperOverrides overrides,
        Dictionary<string, FieldProvenance> provenance,
        List<MergeIssue> issues)
    {
        foreach (var (field, text) in overrides.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!MergePolicy.OverridableFields.Contains(field) || !MergeFields.IsKnown(field))
            {
                issues.Add(new MergeIssue(MergeIssueKind.OverrideRejected, SourceName.User, $"override of unknown field \"{field}\" ignored"));
                continue;
            }

            object? value;
            try
            {
                value = MergeFields.Parse(field, text);
            }
            catch (FormatException e)
            {
                issues.Add(new MergeIssue(MergeIssueKind.OverrideRejected, SourceName.User, e.Message + "; ignored"));
                continue;
            }

            if (value is null && field == "type")
            {
                issues.Add(new MergeIssue(MergeIssueKind.OverrideRejected, SourceName.User, "override cannot remove \"type\"; ignored"));
                continue;
            }

            record = MergeFields.Write(record, field, value);
            if (value is null)
            {
                provenance.Remove(field);
            }
            else
            {
                provenance[field] = new FieldProvenance(SourceName.User);
            }
        }

        return record;
    }

    private static RecordStatus StatusOf(List<MatchedRecord> matches, List<MergeIssue> issues)
    {
        if (issues.Any(i => i.Kind == MergeIssueKind.TitleConflict))
        {
            return RecordStatus.Conflict;
        }

        if (matches.Count == 0)
        {
            return issues.Any(i => i.Kind is MergeIssueKind.SearchNearMiss or MergeIssueKind.YearOutOfRange)
                ? RecordStatus.Conflict
                : RecordStatus.Unresolved;
        }

        return matches.Any(m => m.Kind is RecordKind.CrossrefPublished or RecordKind.OpenReviewAccepted)
            ? RecordStatus.Resolved
            : RecordStatus.PreprintOnly;
    }

    private static bool QualifiesAsVenue(Contribution c, bool submissionNotAccepted) => c.Kind switch
    {
        RecordKind.ArxivPreprint or RecordKind.OpenReviewSubmission or RecordKind.CrossrefPosted => true,
        RecordKind.List when submissionNotAccepted => false,
        _ => NamesVenue(c.Item),
    };

    private static bool NamesVenue(CslItem item) =>
        !string.IsNullOrWhiteSpace(item.ContainerTitle) || !string.IsNullOrWhiteSpace(item.EventTitle);

    private static Contribution ToContribution(MatchedRecord match) => new(
        match.Kind,
        match.Record.Source,
        match.RequestUrl,
        match.Record.Item,
        match.Record.ArxivId,
        match.Record.ArxivPrimaryClass,
        match.Record.OpenReviewId);

    /// <summary>The policy row a source record belongs to; null for records no source produces (list, user).</summary>
    public static RecordKind? KindOf(SourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Source switch
        {
            SourceName.Crossref => IsPublishedType(record.Item.Type) ? RecordKind.CrossrefPublished : RecordKind.CrossrefPosted,
            SourceName.OpenReview => record.Accepted == true ? RecordKind.OpenReviewAccepted : RecordKind.OpenReviewSubmission,
            SourceName.Arxiv => RecordKind.ArxivPreprint,
            _ => null,
        };
    }

    private static bool IsPublishedType(string type) =>
        type is CslItemType.ArticleJournal or CslItemType.PaperConference or CslItemType.Chapter or CslItemType.Book;

    /// <summary>A rejected DOI rejects the Crossref record that has it; arXiv and OpenReview keys reject their own source's record.</summary>
    private static bool IsRejected(SourceRecord record, PaperOverrides overrides) =>
        overrides.RejectedRecords.Count > 0 &&
        record.Source switch
        {
            SourceName.Crossref => record.Item.Doi is { } doi && overrides.RejectedRecords.Contains("doi:" + doi),
            SourceName.Arxiv => record.ArxivId is { } arxiv && overrides.RejectedRecords.Contains("arxiv:" + arxiv),
            SourceName.OpenReview => record.OpenReviewId is { } id && overrides.RejectedRecords.Contains("openreview:" + id),
            _ => false,
        };

    private static string Format(double similarity) => similarity.ToString("0.00", CultureInfo.InvariantCulture);
}
