using System.Globalization;
using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Core.Text;
using SnnBib.Resolvers.Matching;
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

    /// <summary>Candidates shown with a finding that needs review.</summary>
    public const int MaxReviewCandidates = 3;

    private readonly CandidateScorer _scorer = new(thresholds);

    public MatchThresholds Thresholds => _scorer.Thresholds;

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
        var found = answers
            .Where(a => a.Lookup.Outcome == LookupOutcome.Found)
            .Select(a => (Answer: a, Candidates: a.Lookup.Candidates.Where(c => KindOf(c) is not null && !IsRejected(c, overrides)).ToList()))
            .ToList();

        // Identifier answers first (the list vouches for them), judged on the list's evidence alone; title searches
        // then also know what those records say (their wording, their first author).
        ReportRejectedListLinks(listed, overrides, issues);
        var evidence = MatchEvidence.FromList(listed);
        foreach (var (answer, candidates) in found.Where(f => f.Answer.Query.Kind == LookupKind.Identifier))
        {
            var pinned = overrides.PinnedIdentifiers.Contains(answer.Query.Value);
            var namedBy = pinned || IsListLink(listed, answer.Query.Value) ? null : NamerOf(answer.Query.Value, found.SelectMany(f => f.Candidates));
            JudgeIdentifierAnswer(evidence, answer, candidates, matches, issues, vetoedDois, pinned, namedBy);
        }

        var searches = found.Where(f => f.Answer.Query.Kind == LookupKind.Title).ToList();
        JudgeSearchAnswers(evidence, searches, matches, issues);
        SeparateNamesakes(matches, issues);
        SayWhatTheSearchFound(searches.Count > 0 || answers.Any(a => a.Query.Kind == LookupKind.Title), matches, issues);

        var listContribution = WithoutWrongLinks(new Contribution(
            RecordKind.List, SourceName.List, null, listed.Item, listed.ArxivId, listed.ArxivPrimaryClass, listed.OpenReviewId), issues);
        var contributions = matches.Select(ToContribution).Append(listContribution).ToList();
        var provenance = new Dictionary<string, FieldProvenance>(listed.Provenance, StringComparer.Ordinal);
        var record = ComposeVenue(listed, contributions, listContribution, vetoedDois, provenance, out var venue);
        record = ComposeFields(record, contributions, provenance, out var titleSource);
        record = KeepUnconfirmedLabelInNote(listed, record, contributions, overrides, provenance, issues);

        ReportAcceptedDifferences(listed, evidence, matches, venue, titleSource, vetoedDois, issues);
        record = ApplyOverrides(record, overrides, provenance, issues);
        return new MergeResult(record with { Status = StatusOf(matches, issues), Provenance = provenance }, matches, issues);
    }

    /// <summary>Whether the identifier key ("doi:10.1/x") is one the list itself links for the paper.</summary>
    private static bool IsListLink(PaperRecord listed, string key) =>
        string.Equals(key, "arxiv:" + listed.ArxivId, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(key, "openreview:" + listed.OpenReviewId, StringComparison.Ordinal) ||
        string.Equals(key, "doi:" + listed.Item.Doi, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The source of a record (other than Crossref) that names the DOI key: the answer is a follow-up question about
    /// it, not the list's; null when no record names it.
    /// </summary>
    private static SourceName? NamerOf(string key, IEnumerable<SourceRecord> records) =>
        key.StartsWith("doi:", StringComparison.OrdinalIgnoreCase)
            ? records.FirstOrDefault(r => r.Source != SourceName.Crossref && string.Equals(r.Item.Doi, key[4..], StringComparison.OrdinalIgnoreCase))?.Source
            : null;

    /// <summary>
    /// A record the list itself links (its arXiv id, OpenReview id or DOI) that a person rejected is a wrong link
    /// known in advance: reported, its id, URL and number dropped from the list's data, the title searched instead.
    /// </summary>
    private static void ReportRejectedListLinks(PaperRecord listed, PaperOverrides overrides, List<MergeIssue> issues)
    {
        if (overrides.RejectedRecords.Count == 0)
        {
            return;
        }

        var links = new[]
        {
            listed.ArxivId is { } arxiv ? "arxiv:" + arxiv : null,
            listed.OpenReviewId is { } openReview ? "openreview:" + openReview : null,
            listed.Item.Doi is { } doi ? "doi:" + doi : null,
        };
        foreach (var key in links.OfType<string>().Where(overrides.RejectedRecords.Contains))
        {
            issues.Add(new MergeIssue(
                MergeIssueKind.LinkRejected,
                SourceName.User,
                $"the list links {key}, rejected in overrides.json",
                Query: key));
        }
    }

    private void JudgeIdentifierAnswer(
        MatchEvidence evidence,
        SourceAnswer answer,
        List<SourceRecord> candidates,
        List<MatchedRecord> matches,
        List<MergeIssue> issues,
        HashSet<string> vetoedDois,
        bool pinned,
        SourceName? namedBy)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var record = candidates[0];
        var score = _scorer.ScoreIdentifierHit(evidence, record);
        if (score.Decision == MatchDecision.Accept || pinned)
        {
            matches.Add(new MatchedRecord(KindOf(record)!.Value, record, answer.Query, answer.Lookup.RequestUrl, score.Title));
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

        if (namedBy is { } namer)
        {
            // A follow-up question, not the list's link: the DOI a matched record names is someone's claim that
            // did not hold. The list is not wrong, and the paper keeps what matched.
            issues.Add(new MergeIssue(
                MergeIssueKind.UnconfirmedDoi,
                record.Source,
                $"{SourceLabel(namer)} names {answer.Query.Value}, whose record is titled \"{record.Item.Title ?? "(no title)"}\" " +
                $"(title similarity {Format(score.Title)}); not used",
                answer.Lookup.RequestUrl,
                record.Item.Title,
                score.Title,
                [CandidateSummary.From(score)],
                answer.Query.Value));
            return;
        }

        var reason = score.Author == Agreement.Disagrees && score.Title >= Thresholds.IdentifierTitle
            ? $"title similarity {Format(score.Title)}, first author differs"
            : $"title similarity {Format(score.Title)}";
        issues.Add(new MergeIssue(
            MergeIssueKind.TitleConflict,
            record.Source,
            $"{answer.Query.Value} is \"{record.Item.Title ?? "(no title)"}\", not the listed \"{evidence.Title}\" ({reason}); not merged",
            answer.Lookup.RequestUrl,
            record.Item.Title,
            score.Title,
            [CandidateSummary.From(score)],
            answer.Query.Value));
    }

    /// <summary>
    /// Judges every title search. A record accepted by one search tells the others about the paper (its wording, its
    /// first author), so searches left undecided are judged once more with that evidence: the outcome does not depend
    /// on the order of the answers.
    /// </summary>
    private void JudgeSearchAnswers(
        MatchEvidence listEvidence,
        List<(SourceAnswer Answer, List<SourceRecord> Candidates)> searches,
        List<MatchedRecord> matches,
        List<MergeIssue> issues)
    {
        if (listEvidence.Title is null)
        {
            return;
        }

        var pending = searches.Where(s => s.Candidates.Count > 0).ToList();
        for (var round = 0; pending.Count > 0; round++)
        {
            var evidence = listEvidence.With(matches.Select(m => m.Record.Item));
            var authorsKnown = matches.Count > 0 && evidence.FirstAuthorFamily is not null;
            var accepted = new List<MatchedRecord>();
            var undecided = new List<((SourceAnswer Answer, List<SourceRecord> Candidates) Search, List<CandidateScore> Scores)>();
            foreach (var search in pending)
            {
                var scores = search.Candidates.Select((c, rank) => _scorer.ScoreSearchHit(evidence, c, rank, authorsKnown)).ToList();
                var acceptable = scores.Where(s => s.Decision == MatchDecision.Accept).ToList();
                var best = acceptable
                    .OrderBy(s => s.Venue == Agreement.Agrees ? 0 : 1)
                    .ThenBy(s => s.Year == Agreement.Agrees ? 0 : 1)
                    .ThenByDescending(s => s.Title)
                    .ThenBy(s => s.Rank)
                    .FirstOrDefault();
                if (best is not null && Rivals(best, acceptable) is { Count: > 0 } rivals)
                {
                    ReportAmbiguous(search.Answer, [best, .. rivals], issues);
                }
                else if (best is not null)
                {
                    accepted.Add(new MatchedRecord(KindOf(best.Record)!.Value, best.Record, search.Answer.Query, search.Answer.Lookup.RequestUrl, best.Title));
                }
                else
                {
                    undecided.Add((search, scores));
                }
            }

            matches.AddRange(accepted);
            if (accepted.Count == 0 || undecided.Count == 0 || round > 0)
            {
                foreach (var (search, scores) in undecided)
                {
                    ReportUndecided(search.Answer, scores, issues);
                }

                return;
            }

            pending = undecided.Select(u => u.Search).ToList();
        }
    }

    /// <summary>
    /// Searches judged one by one can each accept a different work of the same title (arXiv finds Smith's preprint,
    /// Crossref Jones's journal paper). Every accepted search hit is compared by first author with the identifier-
    /// confirmed records and with the other hits: a hit that disagrees with a confirmed record is not merged; hits
    /// that disagree among themselves are merged only when a confirmed record vouches for them, else none is merged
    /// and the namesakes are reported for a person to pick.
    /// </summary>
    private static void SeparateNamesakes(List<MatchedRecord> matches, List<MergeIssue> issues)
    {
        var confirmed = matches.Where(m => m.Query.Kind == LookupKind.Identifier).ToList();
        var hits = matches.Where(m => m.Query.Kind == LookupKind.Title).ToList();
        if (hits.Count == 0 || hits.Count + confirmed.Count < 2)
        {
            return;
        }

        foreach (var hit in hits.ToList())
        {
            var against = confirmed.FirstOrDefault(c => FirstAuthors(hit, c) == Agreement.Disagrees);
            if (against is not null)
            {
                hits.Remove(hit);
                matches.Remove(hit);
                issues.Add(new MergeIssue(
                    MergeIssueKind.CandidateDisagrees,
                    hit.Record.Source,
                    $"search found \"{hit.Record.Item.Title}\" by {FirstAuthorOf(hit)}, but {against.Query.Value} is by {FirstAuthorOf(against)}; " +
                    "another work of the same title: needs review, not merged",
                    hit.RequestUrl,
                    hit.Record.Item.Title,
                    hit.Similarity,
                    [Summary(hit, $"title {Format(hit.Similarity)}; first author differs from {against.Query.Value}'s")],
                    hit.Query.Value));
            }
        }

        var namesakes = hits
            .Where(hit => hits.Any(other => !ReferenceEquals(other, hit) && FirstAuthors(hit, other) == Agreement.Disagrees))
            .Where(hit => !confirmed.Any(c => FirstAuthors(hit, c) == Agreement.Agrees))
            .ToList();
        if (namesakes.Count == 0)
        {
            return;
        }

        foreach (var namesake in namesakes)
        {
            matches.Remove(namesake);
        }

        var works = string.Join("; ", namesakes.Select(n => $"{SourceLabel(n.Record.Source)}: {FirstAuthorOf(n)} ({n.Record.Item.Issued?.Year.ToString(CultureInfo.InvariantCulture) ?? "no year"})"));
        issues.Add(new MergeIssue(
            MergeIssueKind.AmbiguousSearch,
            namesakes[0].Record.Source,
            $"searches found {namesakes.Count} records titled \"{namesakes[0].Record.Item.Title}\" with different first authors ({works}) " +
            "and nothing in the list tells them apart; none merged: pin the right one in overrides.json",
            namesakes[0].RequestUrl,
            namesakes[0].Record.Item.Title,
            namesakes[0].Similarity,
            namesakes.Take(MaxReviewCandidates).Select(n => Summary(n, $"title {Format(n.Similarity)}; another source's search found the same title by another first author")).ToList(),
            namesakes[0].Query.Value));
    }

    private static Agreement FirstAuthors(MatchedRecord one, MatchedRecord other) =>
        AuthorAgreement.CompareFirstAuthors(one.Record.Item.Author, other.Record.Item.Author);

    /// <summary>A search hit taken back, as a person reviewing it sees it: passed the search, then failed the author comparison.</summary>
    private static CandidateSummary Summary(MatchedRecord match, string why) => CandidateSummary.From(new CandidateScore(
        match.Record, 0, match.Similarity, Agreement.Disagrees, Agreement.Unknown, Agreement.Unknown, MatchDecision.Review, why));

    private static string FirstAuthorOf(MatchedRecord match) => AuthorAgreement.FirstFamily(match.Record.Item.Author) ?? "unknown authors";

    /// <summary>
    /// Other acceptable candidates that are a different work than the best (another first author, or another DOI when
    /// authors are missing) and that the best does not beat on author or venue agreement. A year one apart is no
    /// tie-breaker: the list's year is often the preprint's.
    /// </summary>
    private static List<CandidateScore> Rivals(CandidateScore best, List<CandidateScore> acceptable) =>
        acceptable
            .Where(other => !ReferenceEquals(other, best) && IsOtherWork(best.Record, other.Record))
            .Where(other => !(best.Author == Agreement.Agrees && other.Author != Agreement.Agrees))
            .Where(other => !(best.Venue == Agreement.Agrees && other.Venue != Agreement.Agrees))
            .ToList();

    private static bool IsOtherWork(SourceRecord a, SourceRecord b)
    {
        var familyA = a.Item.Author.FirstOrDefault()?.SortName;
        var familyB = b.Item.Author.FirstOrDefault()?.SortName;
        if (!string.IsNullOrWhiteSpace(familyA) && !string.IsNullOrWhiteSpace(familyB))
        {
            return !string.Equals(AsciiFolding.Fold(familyA), AsciiFolding.Fold(familyB), StringComparison.OrdinalIgnoreCase);
        }

        return a.Item.Doi is not null && b.Item.Doi is not null && !string.Equals(a.Item.Doi, b.Item.Doi, StringComparison.OrdinalIgnoreCase);
    }

    private void ReportAmbiguous(SourceAnswer answer, List<CandidateScore> candidates, List<MergeIssue> issues)
    {
        var best = candidates[0];
        issues.Add(new MergeIssue(
            MergeIssueKind.AmbiguousSearch,
            best.Record.Source,
            $"search found {candidates.Count} different works titled \"{best.Record.Item.Title}\" and nothing in the list tells them apart; " +
            "none merged: pin the right one in overrides.json",
            answer.Lookup.RequestUrl,
            best.Record.Item.Title,
            best.Title,
            candidates.Take(MaxReviewCandidates).Select(CandidateSummary.From).ToList(),
            answer.Query.Value));
    }

    /// <summary>A search with no acceptable candidate: its reviewable candidates (best three) go to the report.</summary>
    private void ReportUndecided(SourceAnswer answer, List<CandidateScore> scores, List<MergeIssue> issues)
    {
        var review = scores
            .Where(s => s.Decision == MatchDecision.Review)
            .OrderByDescending(s => s.Title)
            .ThenBy(s => s.Contradictions)
            .ThenBy(s => s.Rank)
            .Take(MaxReviewCandidates)
            .ToList();
        if (review.Count == 0)
        {
            return;
        }

        var best = review[0];
        var kind = best.Title < Thresholds.SearchTitle ? MergeIssueKind.SearchNearMiss
            : best.Contradictions == 1 && best.Year == Agreement.Disagrees ? MergeIssueKind.YearOutOfRange
            : MergeIssueKind.CandidateDisagrees;
        var message = kind switch
        {
            MergeIssueKind.SearchNearMiss => $"search found only \"{best.Record.Item.Title}\" (title similarity {Format(best.Title)}); needs review, not merged",
            MergeIssueKind.YearOutOfRange => $"search found \"{best.Record.Item.Title}\" ({best.Record.Item.Issued?.Year}), listed in {YearOf(answer)}; needs review, not merged",
            _ => $"search found \"{best.Record.Item.Title}\" but {best.Why[(best.Why.IndexOf(';', StringComparison.Ordinal) + 1)..].Trim()}; needs review, not merged",
        };
        issues.Add(new MergeIssue(
            kind,
            best.Record.Source,
            message,
            answer.Lookup.RequestUrl,
            best.Record.Item.Title,
            best.Title,
            review.Select(CandidateSummary.From).ToList(),
            answer.Query.Value));
    }

    /// <summary>
    /// The list's own data without what a wrong link put there: the linked arXiv or OpenReview id, and the URL and
    /// preprint number made from it (the list's DOI is vetoed separately).
    /// </summary>
    private static Contribution WithoutWrongLinks(Contribution list, List<MergeIssue> issues)
    {
        var wrong = issues
            .Where(i => i.Kind is MergeIssueKind.TitleConflict or MergeIssueKind.LinkRejected && i.Query is not null)
            .Select(i => i.Query!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (wrong.Count == 0)
        {
            return list;
        }

        var arxivWrong = list.ArxivId is { } a && wrong.Contains("arxiv:" + a);
        var openReviewWrong = list.OpenReviewId is { } o && wrong.Contains("openreview:" + o);
        var named = new List<PaperIdentifier>();
        if (list.Item.Doi is { } doi && wrong.Contains("doi:" + doi))
        {
            named.Add(new DoiId(doi));
        }

        if (arxivWrong)
        {
            named.Add(new ArxivId(list.ArxivId!));
        }

        if (openReviewWrong)
        {
            named.Add(new OpenReviewId(list.OpenReviewId!));
        }

        return list with
        {
            ArxivId = arxivWrong ? null : list.ArxivId,
            ArxivPrimaryClass = arxivWrong ? null : list.ArxivPrimaryClass,
            OpenReviewId = openReviewWrong ? null : list.OpenReviewId,
            Item = ListLinks.WithoutLinksNaming(list.Item, named),
        };
    }

    /// <summary>A wrong link says whether the paper was searched by title instead, and what that found.</summary>
    private static void SayWhatTheSearchFound(bool searched, List<MatchedRecord> matches, List<MergeIssue> issues)
    {
        if (!searched)
        {
            return;
        }

        var found = matches.Where(m => m.Query.Kind == LookupKind.Title).Select(m => SourceLabel(m.Record.Source)).Distinct().ToList();
        var outcome = found.Count > 0
            ? $"; searched by title instead: found on {string.Join(" and ", found)}"
            : "; searched by title instead: nothing acceptable found";
        for (var i = 0; i < issues.Count; i++)
        {
            if (issues[i].Kind is MergeIssueKind.TitleConflict or MergeIssueKind.LinkRejected)
            {
                issues[i] = issues[i] with { Message = issues[i].Message + outcome };
            }
        }
    }

    private static string SourceLabel(SourceName source) => source switch
    {
        SourceName.Arxiv => "arXiv",
        SourceName.OpenReview => "OpenReview",
        _ => source.ToString(),
    };

    private static string YearOf(SourceAnswer answer)
    {
        var at = answer.Query.Value.LastIndexOf('@');
        return at < 0 ? "no year" : answer.Query.Value[(at + 1)..];
    }

    private static PaperRecord ComposeVenue(
        PaperRecord listed,
        List<Contribution> contributions,
        Contribution listContribution,
        HashSet<string> vetoedDois,
        Dictionary<string, FieldProvenance> provenance,
        out Contribution venue)
    {
        var labelUnusable = contributions.Any(c => c.Kind == RecordKind.OpenReviewSubmission) || IsPreprintOnly(contributions);
        venue = MergePolicy.VenueOrder
            .SelectMany(kind => contributions.Where(c => c.Kind == kind && QualifiesAsVenue(c, labelUnusable)))
            .FirstOrDefault() ?? listContribution;
        var postedDois = contributions
            .Where(c => c.Kind == RecordKind.CrossrefPosted && !string.IsNullOrWhiteSpace(c.Item.Doi))
            .Select(c => c.Item.Doi!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var chosen = venue;
        var record = listed;
        foreach (var field in MergePolicy.VenueFields)
        {
            var from = venue;
            var excluded = MergePolicy.VenueExclusions.Any(e => e.Kind == chosen.Kind && e.Field == field);
            var value = excluded ? null : Usable(field, MergeFields.Read(field, venue), venue, vetoedDois, postedDois);
            if (value is null)
            {
                var venueKind = venue.Kind;
                var fallback = MergePolicy.VenueFallbacks.FirstOrDefault(f =>
                    f.Field == field && (f.WhenVenueIs.Count == 0 || f.WhenVenueIs.Contains(venueKind)));
                var donor = fallback?.From
                    .SelectMany(kind => contributions.Where(c => c.Kind == kind))
                    .Where(c => !MergePolicy.VenueExclusions.Any(e => e.Kind == c.Kind && e.Field == field))
                    .FirstOrDefault(c => Usable(field, MergeFields.Read(field, c), chosen, vetoedDois, postedDois) is not null);
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
    /// A DOI is unusable when a disagreeing record carried it, when it is arXiv's own DataCite DOI and the paper is
    /// not exported as the arXiv preprint (it names the preprint, not the listed venue's paper), or when it names a
    /// matched posted-content record (a preprint server's) and the venue comes from another record.
    /// </summary>
    private static object? Usable(string field, object? value, Contribution venue, HashSet<string> vetoedDois, HashSet<string> postedDois) =>
        field == "DOI" && value is string doi &&
        (vetoedDois.Contains(doi) ||
         (venue.Kind != RecordKind.ArxivPreprint && doi.StartsWith(ArxivDataCitePrefix, StringComparison.OrdinalIgnoreCase)) ||
         (venue.Kind != RecordKind.CrossrefPosted && postedDois.Contains(doi)))
            ? null
            : value;

    /// <summary>Something matched, but no published or accepted record: the paper is known only as a preprint.</summary>
    private static bool IsPreprintOnly(List<Contribution> contributions) =>
        contributions.Any(c => c.Kind != RecordKind.List) &&
        !contributions.Any(c => c.Kind is RecordKind.CrossrefPublished or RecordKind.OpenReviewAccepted);

    /// <summary>
    /// A paper known only as a preprint is exported as the preprint: the list's venue label alone does not make it a
    /// published paper. The label is kept in the note and reported (a rejected submission is reported as such already).
    /// </summary>
    private static PaperRecord KeepUnconfirmedLabelInNote(
        PaperRecord listed,
        PaperRecord record,
        List<Contribution> contributions,
        PaperOverrides overrides,
        Dictionary<string, FieldProvenance> provenance,
        List<MergeIssue> issues)
    {
        var label = listed.Item.ContainerTitle ?? listed.Item.EventTitle;

        // A person who set the venue or type in overrides.json has decided: no note or finding says otherwise.
        var decidedByPerson = overrides.Fields.Keys.Any(f => f is "container-title" or "event-title" or "type");
        if (decidedByPerson || string.IsNullOrWhiteSpace(label) || !IsPreprintOnly(contributions) ||
            contributions.Any(c => c.Kind == RecordKind.OpenReviewSubmission))
        {
            return record;
        }

        var year = listed.Item.Issued?.Year.ToString(CultureInfo.InvariantCulture);
        var listedAs = year is null || label.Contains(year, StringComparison.Ordinal) ? label : $"{label} {year}";
        var note = $"listed as {listedAs}; no published record confirmed it";
        issues.Add(new MergeIssue(
            MergeIssueKind.VenueFromLabelOnly,
            SourceName.List,
            $"listed as {listedAs}, but only a preprint matched; exported as the preprint, the label is kept in the note"));
        provenance["note"] = new FieldProvenance(SourceName.List);
        return record with
        {
            Item = record.Item with { Note = string.IsNullOrWhiteSpace(record.Item.Note) ? note : $"{record.Item.Note}; {note}" },
        };
    }

    private void ReportAcceptedDifferences(
        PaperRecord listed,
        MatchEvidence evidence,
        List<MatchedRecord> matches,
        Contribution venue,
        Contribution? titleSource,
        HashSet<string> vetoedDois,
        List<MergeIssue> issues)
    {
        if (titleSource is not null && titleSource.Kind != RecordKind.List && evidence.Title is not null)
        {
            var similarity = TitleSimilarity.Score(evidence.Title, titleSource.Item.Title);
            if (similarity < 1)
            {
                issues.Add(new MergeIssue(
                    MergeIssueKind.TitleDiffers,
                    titleSource.Source,
                    $"published title \"{titleSource.Item.Title}\" differs from the listed \"{listed.Item.Title}\" (title similarity {Format(similarity)})",
                    titleSource.RequestUrl,
                    titleSource.Item.Title,
                    similarity));
            }
        }

        if (venue.Kind is RecordKind.CrossrefPublished or RecordKind.OpenReviewAccepted &&
            VenueAgreement.Compare(evidence.Venue, venue.Item) == Agreement.Disagrees)
        {
            var resolved = VenueAgreement.Recognise(venue.Item)[0];
            issues.Add(new MergeIssue(
                MergeIssueKind.VenueLabelDiffers,
                venue.Source,
                $"listed as {evidence.Venue!.Name} {listed.Item.Issued?.Year}, but the published record is {resolved.Name} {venue.Item.Issued?.Year}; " +
                "the published venue is used",
                venue.RequestUrl,
                venue.Item.Title));
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

        if (issues.Any(i => i.Kind == MergeIssueKind.AmbiguousSearch))
        {
            // Namesakes found that nothing tells apart: whatever else matched, a person must pick.
            return RecordStatus.Conflict;
        }

        if (matches.Count == 0)
        {
            return issues.Any(i => i.Kind is MergeIssueKind.SearchNearMiss or MergeIssueKind.YearOutOfRange or MergeIssueKind.CandidateDisagrees)
                ? RecordStatus.Conflict
                : RecordStatus.Unresolved;
        }

        return matches.Any(m => m.Kind is RecordKind.CrossrefPublished or RecordKind.OpenReviewAccepted)
            ? RecordStatus.Resolved
            : RecordStatus.PreprintOnly;
    }

    private static bool QualifiesAsVenue(Contribution c, bool labelUnusable) => c.Kind switch
    {
        RecordKind.ArxivPreprint or RecordKind.OpenReviewSubmission or RecordKind.CrossrefPosted => true,
        RecordKind.List when labelUnusable => false,
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
