using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Crossref;

/// <summary>The fields snnbib reads from a Crossref REST work (arrays as Crossref sends them, markup not yet removed).</summary>
public sealed record CrossrefWork
{
    public required string Doi { get; init; }

    public string? Type { get; init; }

    public IReadOnlyList<string> Title { get; init; } = [];

    public IReadOnlyList<string> Subtitle { get; init; } = [];

    public IReadOnlyList<string> ContainerTitle { get; init; } = [];

    public IReadOnlyList<string> ShortContainerTitle { get; init; } = [];

    public string? EventName { get; init; }

    public string? Publisher { get; init; }

    public string? Volume { get; init; }

    public string? Issue { get; init; }

    public string? Page { get; init; }

    public string? ArticleNumber { get; init; }

    public IReadOnlyList<CrossrefContributor> Authors { get; init; } = [];

    public CslDate? PublishedPrint { get; init; }

    public CslDate? PublishedOnline { get; init; }

    public CslDate? Issued { get; init; }

    public CslDate? Published { get; init; }

    /// <summary>The JATS fragment as sent.</summary>
    public string? Abstract { get; init; }

    public string? Url { get; init; }

    public double? Score { get; init; }
}
