using SnnBib.Cli.Pipeline;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Overrides;

namespace SnnBib.Cli.Output;

/// <summary>
/// Builds the review report from the list and the cache only (no network): each paper's merge findings (merged again
/// under the overrides file when it has overrides), the list's own doubts (suspect links, labels its links contradict,
/// merged duplicates) and the papers still unresolved.
/// </summary>
internal static class ReportBuilder
{
    public static ReportData Build(ListReading reading, string cacheFolder, TextWriter error)
    {
        var cache = new CacheStore(cacheFolder);
        var items = UpdateItems.From(reading, cacheFolder, error);
        var findings = new List<ReportFinding>();
        var counts = new Dictionary<RecordStatus, int>();
        var byLine = new Dictionary<int, (string Title, string Identity)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var paper = reading.Grouping.Papers[i];
            var line = paper.Primary.Line;
            foreach (var entry in paper.Entries)
            {
                byLine[entry.Line] = (item.Title, item.Identity);
            }

            var loaded = cache.Load(item.Identity);
            if (loaded.Warning is not null)
            {
                error.WriteLine($"warning: {loaded.Warning}");
            }

            var result = OverrideApplier.Remerge(item, loaded.Paper);
            var status = result?.Record.Status ?? RecordStatus.Unresolved;
            counts[status] = counts.GetValueOrDefault(status) + 1;
            foreach (var issue in result?.Issues ?? [])
            {
                var (category, kind) = Classify(issue.Kind);
                findings.Add(new ReportFinding(category, kind, line, item.Title, item.Identity, issue.Message, issue.RequestUrl, issue.Candidates ?? []));
            }

            if (status == RecordStatus.Unresolved)
            {
                var message = loaded.Paper is null
                    ? "not in the cache: run 'snnbib update'"
                    : "no source found it" + (item.Identifiers.Count == 0 ? " by its title" : string.Empty);
                findings.Add(new ReportFinding(ReportCategory.Unresolved, "unresolved", line, item.Title, item.Identity, message, null, []));
            }
        }

        foreach (var suspect in reading.Grouping.Suspects)
        {
            var (title, identity) = byLine.GetValueOrDefault(suspect.Line, (string.Empty, string.Empty));
            findings.Add(new ReportFinding(ReportCategory.SuspectLink, "shared-link", suspect.Line, title, identity, suspect.Message, null, []));
        }

        foreach (var warning in reading.Built.Warnings)
        {
            var (title, identity) = byLine.GetValueOrDefault(warning.Line, (string.Empty, string.Empty));
            findings.Add(new ReportFinding(ReportCategory.VenueOrYear, "label-vs-link", warning.Line, title, identity, warning.Message, null, []));
        }

        foreach (var merge in reading.Grouping.Merges)
        {
            var (title, identity) = byLine.GetValueOrDefault(merge.Line, (string.Empty, string.Empty));
            findings.Add(new ReportFinding(ReportCategory.Duplicate, "duplicate", merge.Line, title, identity, merge.Message, null, []));
        }

        var ordered = findings
            .OrderBy(f => f.Category)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Kind, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        return new ReportData(
            Path.GetFileName(reading.Source.Name),
            items.Count,
            counts.GetValueOrDefault(RecordStatus.Resolved),
            counts.GetValueOrDefault(RecordStatus.PreprintOnly),
            counts.GetValueOrDefault(RecordStatus.Conflict),
            counts.GetValueOrDefault(RecordStatus.Unresolved),
            ordered);
    }

    private static (ReportCategory Category, string Kind) Classify(MergeIssueKind kind) => kind switch
    {
        MergeIssueKind.TitleConflict => (ReportCategory.SuspectLink, "wrong-link"),
        MergeIssueKind.LinkRejected => (ReportCategory.SuspectLink, "rejected-link"),
        MergeIssueKind.SearchNearMiss => (ReportCategory.NeedsReview, "near-miss"),
        MergeIssueKind.YearOutOfRange => (ReportCategory.NeedsReview, "year-out-of-range"),
        MergeIssueKind.CandidateDisagrees => (ReportCategory.NeedsReview, "candidate-disagrees"),
        MergeIssueKind.AmbiguousSearch => (ReportCategory.NeedsReview, "ambiguous-search"),
        MergeIssueKind.VenueLabelDiffers => (ReportCategory.VenueOrYear, "venue-label"),
        MergeIssueKind.VenueDisagreement => (ReportCategory.VenueOrYear, "not-accepted"),
        MergeIssueKind.VenueFromLabelOnly => (ReportCategory.VenueOrYear, "venue-from-label-only"),
        MergeIssueKind.YearDisagreement => (ReportCategory.VenueOrYear, "year"),
        MergeIssueKind.TitleDiffers => (ReportCategory.TitleDiffers, "title-differs"),
        MergeIssueKind.UnconfirmedDoi => (ReportCategory.Other, "unconfirmed-doi"),
        MergeIssueKind.OverrideRejected => (ReportCategory.Other, "override-ignored"),
        _ => (ReportCategory.Other, kind.ToString()),
    };
}
