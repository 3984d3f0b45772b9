using System.Text;
using SnnBib.Cli.Pipeline;
using SnnBib.Core.Identifiers;

namespace SnnBib.Cli.Tests.EndToEnd;

/// <summary>One paper as the generated server knows it.</summary>
internal sealed record GeneratedPaper(string Title, int Year, string? PublishedDoi, string SearchArxivId, string SearchDoi);

/// <summary>
/// What the generated server knows: every paper of a list, reachable by its arXiv id, DOI, OpenReview id or title
/// words. Papers the list places at a venue get a publisher DOI on their arXiv entry (10.5555/gen.N), as authors add
/// once a paper appears.
/// </summary>
internal sealed class GeneratedKnowledge
{
    private readonly Dictionary<string, GeneratedPaper> _arxiv = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GeneratedPaper> _doi = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GeneratedPaper> _openReview = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GeneratedPaper> _words = new(StringComparer.Ordinal);

    public GeneratedKnowledge(ListReading reading)
    {
        var n = 0;
        foreach (var (paper, record) in reading.Grouping.Papers.Zip(reading.ListRecords))
        {
            n++;
            var atVenue = record.Item.ContainerTitle is not null || record.Item.EventTitle is not null;
            var known = new GeneratedPaper(
                paper.Primary.Title,
                paper.Primary.BestYear ?? 2024,
                atVenue ? $"10.5555/gen.{n}" : null,
                $"2501.{n:00000}",
                $"10.5555/search.{n}");
            foreach (var identifier in paper.Identifiers)
            {
                switch (identifier)
                {
                    case ArxivId arxiv:
                        _arxiv.TryAdd(arxiv.Value, known);
                        break;
                    case DoiId doi:
                        _doi.TryAdd(doi.Value, known);
                        break;
                    case OpenReviewId openReview:
                        _openReview.TryAdd(openReview.Value, known);
                        break;
                }
            }

            if (known.PublishedDoi is { } published)
            {
                _doi.TryAdd(published, known);
            }

            _doi.TryAdd(known.SearchDoi, known);
            _words.TryAdd(Words(known.Title), known);
        }
    }

    public GeneratedPaper? ArxivPaper(string id) => _arxiv.GetValueOrDefault(id);

    public GeneratedPaper? DoiPaper(string doi) => _doi.GetValueOrDefault(doi.Trim());

    public GeneratedPaper? OpenReviewPaper(string id) => _openReview.GetValueOrDefault(id);

    /// <summary>The paper whose title has these words (a query's field prefix and quotes are ignored).</summary>
    public GeneratedPaper? ByTitleWords(string query)
    {
        var text = query.StartsWith("ti:", StringComparison.Ordinal) ? query[3..] : query;
        return _words.GetValueOrDefault(Words(text));
    }

    private static string Words(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
