using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Sources;
using SnnBib.Resolvers.Tests.Merging;

namespace SnnBib.Resolvers.Tests.Updating;

/// <summary>What the fake sources know: records by identifier key, records found by title search, and a call log across sources.</summary>
internal sealed class FakeWorld
{
    private readonly List<(int Sequence, SourceName Source, bool ByIdentifier, int Count)> _log = [];

    public Dictionary<string, SourceRecord> ById { get; } = new(StringComparer.Ordinal);

    public List<SourceRecord> Searchable { get; } = [];

    /// <summary>Identifier keys whose look-up fails (HTTP error after retries).</summary>
    public HashSet<string> Failing { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<(int Sequence, SourceName Source, bool ByIdentifier, int Count)> CallLog
    {
        get
        {
            lock (_log)
            {
                return _log.ToList();
            }
        }
    }

    public void Log(SourceName source, IReadOnlyList<LookupRequest> requests)
    {
        lock (_log)
        {
            _log.Add((_log.Count, source, requests[0].Identifier is not null, requests.Count));
        }
    }

    public SourceRecord AddArxiv(string id, string title, int year = 2023, string? doi = null)
    {
        var record = TestRecords.Arxiv(id, title, year, doi);
        ById[new ArxivId(id).Key] = record;
        Searchable.Add(record);
        return record;
    }

    public SourceRecord AddCrossref(string doi, string title, int year = 2024)
    {
        var record = TestRecords.Crossref(doi, title, year: year);
        ById[new DoiId(doi).Key] = record;
        Searchable.Add(record);
        return record;
    }

    public SourceRecord AddOpenReview(string id, string title, bool accepted)
    {
        var record = TestRecords.OpenReview(id, title, accepted);
        ById[new OpenReviewId(id).Key] = record;
        Searchable.Add(record);
        return record;
    }
}
