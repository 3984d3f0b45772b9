using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Matching;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Updating;

/// <summary>Decides which questions to ask about a paper. Pure: no I/O.</summary>
internal sealed class UpdatePlanner(IReadOnlyList<IResolver> resolvers, RecordMerger merger)
{
    /// <summary>Follow-up rounds: a DOI named by arXiv, then (when Crossref did not confirm it) a title search.</summary>
    public const int MaxDerivedRounds = 3;

    /// <summary>
    /// The list's questions: every identifier that names one paper, to every resolver that can look it up; a paper
    /// with no such look-up is searched by title instead.
    /// </summary>
    public List<PlannedRequest> PlanPrimary(PaperWork work)
    {
        var item = work.Item;
        var plan = new List<PlannedRequest>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var identifier in item.Identifiers.Where(i => i.NamesOnePaper).DistinctBy(i => i.Key))
        {
            Add(work, new LookupRequest(item.Identity, identifier, item.Title, item.Year), UpdateStage.Identifiers, plan, keys);
        }

        if (plan.Count == 0 && !string.IsNullOrWhiteSpace(item.Title))
        {
            Add(work, new LookupRequest(item.Identity, null, item.Title, item.Year), UpdateStage.TitleSearch, plan, keys);
        }

        return plan;
    }

    /// <summary>
    /// Follow-up questions from what is known, asked in rounds until nothing new follows:
    /// <list type="bullet">
    /// <item>a DOI named by a record that matched the paper (arXiv's publisher DOI) is looked up on Crossref; only matched
    /// records count, so a wrong link leads nowhere; arXiv's own DataCite DOIs are skipped (Crossref answers 404);</item>
    /// <item>a link whose record is another paper (a title conflict), or whose record a person rejected, and nothing
    /// else matched: the title is searched instead;</item>
    /// <item>a paper matched only as a preprint or submission, with no DOI left to look up: its published version is
    /// searched by title on Crossref (unless the listed venue has no DOIs) and on OpenReview (when the listed venue is
    /// hosted there and no OpenReview record matched).</item>
    /// </list>
    /// </summary>
    public List<PlannedRequest> PlanDerived(PaperWork work)
    {
        var item = work.Item;
        var known = PrimaryLookups(work);
        var plan = new List<PlannedRequest>();
        var keys = work.Primary.Select(p => p.Query.Key).ToHashSet(StringComparer.Ordinal);
        for (var round = 0; round < MaxDerivedRounds; round++)
        {
            var merged = merger.Merge(item.ListRecord, known.Select(l => l.ToAnswer(item.Identity)).ToList(), item.Overrides);
            var added = new List<PlannedRequest>();
            foreach (var doi in NamedDois(merged))
            {
                Add(work, new LookupRequest(item.Identity, new DoiId(doi), item.Title, item.Year), UpdateStage.PublishedVersion, added, keys);
            }

            // A DOI planned this round is pending even when already answered: its record joins the merge only in the
            // next round, and a Crossref record confirming it makes the published-version search needless.
            var pendingDoi = added.Any(p => p.Query.Kind == LookupKind.Identifier) ||
                plan.Any(p => p.Query.Kind == LookupKind.Identifier && !work.Lookups.ContainsKey(p.Query.Key));
            var searched = work.Primary.Concat(plan).Any(p => p.Query.Kind == LookupKind.Title);
            if (merged.Matches.Count == 0 && merged.Issues.Any(i => i.Kind is MergeIssueKind.TitleConflict or MergeIssueKind.LinkRejected) && !searched &&
                !string.IsNullOrWhiteSpace(item.Title))
            {
                Add(work, new LookupRequest(item.Identity, null, item.Title, item.Year), UpdateStage.TitleSearch, added, keys);
            }
            else if (!pendingDoi && NeedsPublishedVersion(merged))
            {
                var venue = MatchEvidence.FromList(item.ListRecord).Venue;
                var preprint = merged.Matches.OrderBy(m => m.Kind).First();
                var title = preprint.Record.Item.Title ?? item.Title;
                var request = new LookupRequest(item.Identity, null, title, item.Year);
                var notAccepted = merged.Matches.Any(m => m.Kind == RecordKind.OpenReviewSubmission);
                bool SearchedOn(SourceName source) =>
                    work.Primary.Concat(plan).Concat(added).Any(p => p.Query.Kind == LookupKind.Title && p.Query.Source == source);
                if ((!PublishedVersionSources.HasNoDois(venue) || notAccepted) && !SearchedOn(SourceName.Crossref))
                {
                    Add(work, request, UpdateStage.PublishedVersion, added, keys, SourceName.Crossref);
                }

                if (PublishedVersionSources.IsOnOpenReview(venue) && !merged.Matches.Any(m => m.Record.Source == SourceName.OpenReview) &&
                    !SearchedOn(SourceName.OpenReview))
                {
                    Add(work, request, UpdateStage.PublishedVersion, added, keys, SourceName.OpenReview);
                }
            }

            plan.AddRange(added);
            var answered = added.Select(p => work.Lookups.GetValueOrDefault(p.Query.Key)).OfType<CachedLookup>().ToList();
            if (answered.Count == 0)
            {
                break;
            }

            known.AddRange(answered);
        }

        return plan;
    }

    /// <summary>DOIs that matched non-Crossref records name (arXiv's publisher DOI), except arXiv's own DataCite DOIs.</summary>
    private static IEnumerable<string> NamedDois(MergeResult merged) =>
        merged.Matches
            .Where(m => m.Record.Source != SourceName.Crossref)
            .Select(m => m.Record.Item.Doi?.Trim().ToLowerInvariant())
            .Where(d => !string.IsNullOrEmpty(d) && !d.StartsWith(RecordMerger.ArxivDataCitePrefix, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)!;

    /// <summary>Matched, but only as a preprint or a submission that was not accepted.</summary>
    private static bool NeedsPublishedVersion(MergeResult merged) =>
        merged.Matches.Count > 0 && merged.Matches.All(m => m.Kind is RecordKind.ArxivPreprint or RecordKind.OpenReviewSubmission or RecordKind.CrossrefPosted);

    /// <summary>The answers that count for the paper now: to the list's questions, then to the follow-ups they lead to.</summary>
    public List<CachedLookup> Relevant(PaperWork work)
    {
        var lookups = PrimaryLookups(work);
        foreach (var derived in PlanDerived(work))
        {
            if (work.Lookups.TryGetValue(derived.Query.Key, out var lookup))
            {
                lookups.Add(lookup);
            }
        }

        return lookups;
    }

    private static List<CachedLookup> PrimaryLookups(PaperWork work) =>
        work.Primary
            .Select(p => work.Lookups.GetValueOrDefault(p.Query.Key))
            .OfType<CachedLookup>()
            .ToList();

    private void Add(PaperWork work, LookupRequest request, UpdateStage stage, List<PlannedRequest> plan, HashSet<string> keys, SourceName? only = null)
    {
        foreach (var resolver in resolvers)
        {
            if ((only is not null && resolver.Source != only) || !resolver.CanLookup(request))
            {
                continue;
            }

            var query = request.Identifier is { } identifier
                ? LookupQuery.ForIdentifier(resolver.Source, identifier)
                : LookupQuery.ForTitle(resolver.Source, request.Title!, request.Year);
            if (keys.Add(query.Key))
            {
                plan.Add(new PlannedRequest(work, resolver, query, request, stage));
            }
        }
    }
}
