using System.Text.Json.Serialization;

namespace SnnBib.Core.Exporting;

/// <summary>Source-generated serialisation of the CSL-JSON export (no reflection; stable property order).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<CslJsonItem>))]
public sealed partial class CslJsonContext : JsonSerializerContext;
