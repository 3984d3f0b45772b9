using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Tests.Merging;

namespace SnnBib.Resolvers.Tests.Caching;

/// <summary>Cache entries built the way the updater builds them: answers, then a real merge.</summary>
internal static class CachedPapers
{
    public const string Title = "Quantised Spiking Neural Networks with Learnable Refractory Periods";

    public static CachedPaper Resolved(string identity, DateTimeOffset at)
    {
        var doi = new DoiId("10.1609/aaai.v38i9.99901");
        var listed = TestRecords.Listed(identity, Title, 2024, venue: "AAAI 2024");
        var answers = new[]
        {
            TestRecords.Found(SourceName.Arxiv, new ArxivId("2401.99901"), identity, TestRecords.Arxiv("2401.99901", Title, 2023, doi.Value)),
            TestRecords.Found(SourceName.Crossref, doi, identity, TestRecords.Crossref(doi.Value, Title)),
            TestRecords.NotFound(SourceName.OpenReview, new OpenReviewId("NoSuchNote1"), identity),
        };
        return FromAnswers(identity, listed, answers, at);
    }

    public static CachedPaper FromAnswers(string identity, PaperRecord listed, IReadOnlyList<SourceAnswer> answers, DateTimeOffset at)
    {
        var merged = new RecordMerger().Merge(listed, answers);
        return new CachedPaper
        {
            Identity = identity,
            SavedAt = at,
            Lookups = answers.Select(a => CachedLookup.From(a.Query, a.Lookup with { At = at })).ToList(),
            Merged = merged.Record,
            Issues = merged.Issues,
        };
    }
}
