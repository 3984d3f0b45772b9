using System.Text.Json;
using SnnBib.Resolvers.Http;

namespace SnnBib.Resolvers.OpenReview;

/// <summary>
/// Reads /notes and /notes/search bodies of both APIs through one code path: each content field is unwrapped from API 2's
/// {"value": …, "readers": […]} object when wrapped, and taken as is otherwise (API 1). Missing and unknown fields are
/// ignored; a note without an id is counted as unreadable, never guessed at.
/// </summary>
public static class OpenReviewNoteParser
{
    /// <exception cref="MalformedResponseException">Not JSON, or neither {"notes": […]} nor a bare array.</exception>
    public static OpenReviewNoteList Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new MalformedResponseException($"OpenReview response is not JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;

            // The API answers {"notes": [...], "count": n}; older copies of the spec describe a bare array. Accept both.
            var array = root.ValueKind switch
            {
                JsonValueKind.Array => root,
                JsonValueKind.Object when root.TryGetProperty("notes", out var notes) && notes.ValueKind == JsonValueKind.Array => notes,
                _ => throw new MalformedResponseException("OpenReview response has no 'notes' list"),
            };

            var list = new List<OpenReviewNote>();
            var unreadable = 0;
            foreach (var element in array.EnumerateArray())
            {
                if (ReadNote(element) is { } note)
                {
                    list.Add(note);
                }
                else
                {
                    unreadable++;
                }
            }

            int? count = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
            return new OpenReviewNoteList(list, count, unreadable);
        }
    }

    private static OpenReviewNote? ReadNote(JsonElement note)
    {
        if (note.ValueKind != JsonValueKind.Object || Text(note, "id") is not { } id)
        {
            return null;
        }

        var content = note.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
        return new OpenReviewNote
        {
            Id = id,
            Forum = Text(note, "forum"),
            Number = note.TryGetProperty("number", out var number) && number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var n) ? n : null,
            Domain = Text(note, "domain"),

            // API 2: invitations[]; API 1: invitation (one string).
            Invitations = Strings(note, "invitations") is { Count: > 0 } many ? many : Strings(note, "invitation"),
            Title = Collapse(ContentText(content, "title")),
            Authors = ContentStrings(content, "authors"),
            AuthorIds = ContentStrings(content, "authorids"),
            Abstract = Collapse(ContentText(content, "abstract")),
            Keywords = ContentStrings(content, "keywords"),
            Pdf = ContentText(content, "pdf"),
            Venue = Collapse(ContentText(content, "venue")),
            VenueId = ContentText(content, "venueid")?.Trim(),
            Bibtex = ContentText(content, "_bibtex"),
            Created = Epoch(note, "cdate") ?? Epoch(note, "tcdate"),
            Accepted = Epoch(note, "pdate"),
            Opened = Epoch(note, "odate"),
            Modified = Epoch(note, "mdate") ?? Epoch(note, "tmdate"),
            Deleted = Epoch(note, "ddate"),
        };
    }

    /// <summary>The field's value: API 2 wraps it as {"value": …}; API 1 stores it bare.</summary>
    private static JsonElement? ContentValue(JsonElement content, string field)
    {
        if (content.ValueKind != JsonValueKind.Object || !content.TryGetProperty(field, out var raw))
        {
            return null;
        }

        if (raw.ValueKind == JsonValueKind.Object)
        {
            return raw.TryGetProperty("value", out var value) ? value : null;
        }

        return raw;
    }

    private static string? ContentText(JsonElement content, string field) =>
        ContentValue(content, field) is { ValueKind: JsonValueKind.String } value && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    private static List<string> ContentStrings(JsonElement content, string field) => ContentValue(content, field) switch
    {
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => Collapse(v.GetString()))
            .OfType<string>()
            .ToList(),
        { ValueKind: JsonValueKind.String } single when Collapse(single.GetString()) is { } text => [text],
        _ => [],
    };

    private static List<string> Strings(JsonElement note, string property) =>
        note.TryGetProperty(property, out var value) switch
        {
            true when value.ValueKind == JsonValueKind.Array => value.EnumerateArray()
                .Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList(),
            true when value.ValueKind == JsonValueKind.String => [value.GetString()!],
            _ => [],
        };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>Milliseconds since the Unix epoch (OpenReview's date fields).</summary>
    private static DateTimeOffset? Epoch(JsonElement note, string property)
    {
        if (!note.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var ms))
        {
            return null;
        }

        // Outside years 1970–9999 the value is not a date we can use.
        return ms is >= 0 and < 253402300800000 ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms) : null;
    }

    private static string? Collapse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
