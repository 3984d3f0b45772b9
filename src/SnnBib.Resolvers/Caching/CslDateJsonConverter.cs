using System.Text.Json;
using System.Text.Json.Serialization;
using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Caching;

/// <summary>Reads and writes <see cref="CslDate"/> as CSL's {"date-parts": [[year, month, day]]}.</summary>
internal sealed class CslDateJsonConverter : JsonConverter<CslDate>
{
    public override CslDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object ||
            !document.RootElement.TryGetProperty("date-parts", out var parts) ||
            parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() != 1 ||
            parts[0].ValueKind != JsonValueKind.Array || parts[0].GetArrayLength() is < 1 or > 3)
        {
            throw new JsonException("a date must be {\"date-parts\": [[year, month?, day?]]}");
        }

        var numbers = parts[0].EnumerateArray().Select(p => p.GetInt32()).ToArray();
        try
        {
            return new CslDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, CslDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("date-parts");
        writer.WriteStartArray();
        writer.WriteStartArray();
        foreach (var part in value.DateParts[0])
        {
            writer.WriteNumberValue(part);
        }

        writer.WriteEndArray();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
