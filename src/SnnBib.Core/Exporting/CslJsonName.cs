using System.Text.Json.Serialization;

namespace SnnBib.Core.Exporting;

/// <summary>A CSL name variable as csl-data.json spells it.</summary>
public sealed record CslJsonName(
    [property: JsonPropertyName("family")] string? Family,
    [property: JsonPropertyName("given")] string? Given,
    [property: JsonPropertyName("literal")] string? Literal);
