using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Updating;

/// <summary>Decides which questions to ask about a paper. Pure: no I/O.</summary>
internal sealed class UpdatePlanner(IReadOnlyList<IResolver> resolvers, RecordMerger merger)
{
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
    /// Follow-up questions from what is known: a DOI named by a record that matched the paper (arXiv's publisher
    /// DOI) is looked up, to find the published version. Only matched records count, so a wrong link leads nowhere;
    /// arXiv's own DataCite DOIs are skipped (Crossref answers 404 for them).
    /// </summary>
    public List<PlannedRequest> PlanDerived(PaperWork work)
    {
        var item = work.Item;
        var primary = PrimaryLookups(work);
        var merged = merger.Merge(item.ListRecord, primary.Select(l => l.ToAnswer(item.Identity)).ToList(), item.Overrides);
        var plan = new List<PlannedRequest>();
        var keys = work.Primary.Select(p => p.Query.Key).ToHashSet(StringComparer.Ordinal);
        var dois = merged.Matches
            .Where(m => m.Record.Source != SourceName.Crossref)
            .Select(m => m.Record.Item.Doi?.Trim().ToLowerInvariant())
            .Where(d => !string.IsNullOrEmpty(d) && !d.StartsWith(RecordMerger.ArxivDataCitePrefix, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);
        foreach (var doi in dois)
        {
            Add(work, new LookupRequest(item.Identity, new DoiId(doi!), item.Title, item.Year), UpdateStage.PublishedVersion, plan, keys);
        }

        return plan;
    }

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

    private void Add(PaperWork work, LookupRequest request, UpdateStage stage, List<PlannedRequest> plan, HashSet<string> keys)
    {
        foreach (var resolver in resolvers)
        {
            if (!resolver.CanLookup(request))
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
