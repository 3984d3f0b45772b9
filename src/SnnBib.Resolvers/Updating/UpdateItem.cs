using SnnBib.Core.Identifiers;
using SnnBib.Core.Lists;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Merging;

namespace SnnBib.Resolvers.Updating;

/// <summary>One paper to update: what the list says about it and the record built from the list alone.</summary>
public sealed record UpdateItem
{
    /// <summary>The paper identity (ListedPaper.Identity): cache key, and the key answers are matched back by.</summary>
    public required string Identity { get; init; }

    /// <summary>The listed title: searched for when there is no identifier, and compared with every record found.</summary>
    public required string Title { get; init; }

    /// <summary>The listed year (venue label, else section heading).</summary>
    public int? Year { get; init; }

    /// <summary>Identifiers from the paper's links. Those naming one paper (arXiv, DOI, OpenReview) are looked up.</summary>
    public IReadOnlyList<PaperIdentifier> Identifiers { get; init; } = [];

    /// <summary>The record built from the list's own data; the merge starts from it.</summary>
    public required PaperRecord ListRecord { get; init; }

    /// <summary>The citation key, when assigned: <see cref="UpdateOptions.Only"/> matches it too.</summary>
    public string? Key { get; init; }

    /// <summary>A person's corrections for this paper (issue 4's overrides file).</summary>
    public PaperOverrides Overrides { get; init; } = PaperOverrides.None;

    public static UpdateItem From(ListedPaper paper, PaperRecord listRecord, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(listRecord);
        return new UpdateItem
        {
            Identity = paper.Identity,
            Title = paper.Primary.Title,
            Year = paper.Primary.BestYear,
            Identifiers = paper.Identifiers,
            ListRecord = listRecord,
            Key = key,
        };
    }
}
