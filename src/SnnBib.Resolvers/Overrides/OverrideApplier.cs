using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Updating;

namespace SnnBib.Resolvers.Overrides;

/// <summary>Brings a person's corrections to a paper: to what `update` asks, and to what `export` and `report` show.</summary>
public static class OverrideApplier
{
    /// <summary>
    /// The paper with its overrides: a pinned identifier replaces the list's identifiers of its kind (so `update` asks
    /// about it, and the list record carries it), rejected records and fields go to the merge.
    /// </summary>
    public static UpdateItem Apply(UpdateItem item, OverrideEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (entry is null)
        {
            return item;
        }

        var pinnedKinds = entry.Pins.Select(p => p.Kind).ToHashSet();
        var identifiers = entry.Pins.Concat(item.Identifiers.Where(i => !pinnedKinds.Contains(i.Kind))).ToList();
        var record = item.ListRecord;
        var provenance = new Dictionary<string, FieldProvenance>(record.Provenance, StringComparer.Ordinal);
        foreach (var pin in entry.Pins)
        {
            switch (pin)
            {
                case ArxivId arxiv:
                    record = record with { ArxivId = arxiv.Id };
                    provenance["arxiv-id"] = new FieldProvenance(SourceName.User);
                    break;
                case OpenReviewId openReview:
                    record = record with { OpenReviewId = openReview.Id };
                    provenance["openreview-id"] = new FieldProvenance(SourceName.User);
                    break;
                case DoiId:
                    // The DOI itself comes in only with the Crossref record it names (a DOI is never taken unconfirmed).
                    record = record with { Item = record.Item with { Doi = null } };
                    provenance.Remove("DOI");
                    break;
            }
        }

        // The list's URL and preprint number name the replaced identifiers: they would link the other paper.
        var replaced = ReplacedIdentifiers(item, entry.Pins);
        record = record with { Item = ListLinks.WithoutLinksNaming(record.Item, replaced) };
        foreach (var (field, value) in new[] { ("URL", record.Item.Url), ("number", record.Item.Number) })
        {
            if (value is null)
            {
                provenance.Remove(field);
            }
        }

        return item with
        {
            Identifiers = identifiers,
            ListRecord = record with { Provenance = provenance },
            Overrides = entry.ToPaperOverrides(),
        };
    }

    /// <summary>The list's identifiers (links and list record) that a pin of the same kind replaces.</summary>
    private static List<PaperIdentifier> ReplacedIdentifiers(UpdateItem item, IReadOnlyList<PaperIdentifier> pins)
    {
        var listed = item.Identifiers.ToList();
        if (item.ListRecord.ArxivId is { } arxiv)
        {
            listed.Add(new ArxivId(arxiv));
        }

        if (item.ListRecord.OpenReviewId is { } openReview)
        {
            listed.Add(new OpenReviewId(openReview));
        }

        if (item.ListRecord.Item.Doi is { } doi)
        {
            listed.Add(new DoiId(doi));
        }

        return listed
            .Where(id => pins.Any(p => p.Kind == id.Kind) && !pins.Any(p => p.Kind == id.Kind && string.Equals(p.Value, id.Value, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .ToList();
    }

    /// <summary>
    /// The record to export or report for a paper: the cached merge, or, when the paper has overrides, a merge of the
    /// cached answers again under them (so an override edited after the last `update` counts at once, offline).
    /// Null when the cache knows nothing about the paper.
    /// </summary>
    public static MergeResult? Remerge(UpdateItem item, CachedPaper? cached, RecordMerger? merger = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (cached?.Merged is null)
        {
            return item.Overrides.IsEmpty ? null : (merger ?? new RecordMerger()).Merge(item.ListRecord, [], item.Overrides);
        }

        if (item.Overrides.IsEmpty)
        {
            return new MergeResult(cached.Merged, [], cached.Issues);
        }

        var answers = cached.Lookups.Select(l => l.ToAnswer(item.Identity)).ToList();
        return (merger ?? new RecordMerger()).Merge(item.ListRecord, answers, item.Overrides);
    }
}
