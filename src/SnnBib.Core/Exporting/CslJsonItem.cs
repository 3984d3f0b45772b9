using System.Text.Json.Serialization;

namespace SnnBib.Core.Exporting;

/// <summary>
/// One item of the CSL-JSON export: only CSL variables (csl-data.json allows no others), in this fixed order.
/// </summary>
public sealed record CslJsonItem
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("citation-key")]
    public string? CitationKey { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("author")]
    public IReadOnlyList<CslJsonName>? Author { get; init; }

    [JsonPropertyName("issued")]
    public CslJsonDate? Issued { get; init; }

    [JsonPropertyName("container-title")]
    public string? ContainerTitle { get; init; }

    [JsonPropertyName("event-title")]
    public string? EventTitle { get; init; }

    [JsonPropertyName("publisher")]
    public string? Publisher { get; init; }

    [JsonPropertyName("volume")]
    public string? Volume { get; init; }

    [JsonPropertyName("issue")]
    public string? Issue { get; init; }

    [JsonPropertyName("page")]
    public string? Page { get; init; }

    [JsonPropertyName("number")]
    public string? Number { get; init; }

    [JsonPropertyName("DOI")]
    public string? Doi { get; init; }

    [JsonPropertyName("URL")]
    public string? Url { get; init; }

    [JsonPropertyName("abstract")]
    public string? Abstract { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }
}
