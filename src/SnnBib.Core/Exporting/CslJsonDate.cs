using System.Text.Json.Serialization;

namespace SnnBib.Core.Exporting;

/// <summary>A CSL date variable: one date-parts entry.</summary>
public sealed record CslJsonDate([property: JsonPropertyName("date-parts")] IReadOnlyList<IReadOnlyList<int>> DateParts);
