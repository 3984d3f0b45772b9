using System.Text.Json.Serialization;

namespace SnnBib.Core.Model;

/// <summary>
/// One bibliographic item, shaped like a CSL-JSON item (names follow csl-data.json).
/// Every exporter maps out of this type; every source maps into it.
/// </summary>
public sealed record CslItem
{
    /// <summary>CSL item id; snnbib uses the citation key.</summary>
    public required string Id { get; init; }

    /// <summary>CSL type: one of <see cref="CslItemType"/>.</summary>
    public required string Type { get; init; }

    [JsonPropertyName("citation-key")]
    public string? CitationKey { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<CslName> Author { get; init; } = [];

    public CslDate? Issued { get; init; }

    [JsonPropertyName("container-title")]
    public string? ContainerTitle { get; init; }

    [JsonPropertyName("event-title")]
    public string? EventTitle { get; init; }

    public string? Publisher { get; init; }

    public string? Volume { get; init; }

    public string? Issue { get; init; }

    public string? Page { get; init; }

    /// <summary>Report or preprint number; for arXiv preprints the arXiv id.</summary>
    public string? Number { get; init; }

    [JsonPropertyName("DOI")]
    public string? Doi { get; init; }

    [JsonPropertyName("URL")]
    public string? Url { get; init; }

    public string? Abstract { get; init; }

    public string? Note { get; init; }
}
