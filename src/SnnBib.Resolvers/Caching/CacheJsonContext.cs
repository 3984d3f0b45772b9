using System.Text.Json.Serialization;

namespace SnnBib.Resolvers.Caching;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = true,
    MaxDepth = 64,
    Converters = [typeof(CslDateJsonConverter)])]
[JsonSerializable(typeof(CachedPaper))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
