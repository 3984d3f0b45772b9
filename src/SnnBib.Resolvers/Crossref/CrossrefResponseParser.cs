using System.Globalization;
using System.Text.Json;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Http;

namespace SnnBib.Resolvers.Crossref;

/// <summary>
/// Reads Crossref REST bodies: <c>message-type</c> "work" (/works/{doi}), "work-list" (queries and filters) and
/// "validation-failure" (400). Tolerant of missing and extra fields; a work without a DOI is skipped, not guessed at.
/// </summary>
public static class CrossrefResponseParser
{
    /// <exception cref="MalformedResponseException">Not JSON, or not a Crossref "work" message.</exception>
    public static CrossrefWork ParseWork(string json)
    {
        using var document = Open(json);
        var message = Message(document.RootElement, "work");
        return ReadWork(message) ?? throw new MalformedResponseException("Crossref work has no DOI");
    }

    /// <exception cref="MalformedResponseException">Not JSON, or not a Crossref "work-list" message.</exception>
    public static CrossrefWorkList ParseWorkList(string json)
    {
        using var document = Open(json);
        var message = Message(document.RootElement, "work-list");
        var items = new List<CrossrefWork>();
        var skipped = 0;
        if (message.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in array.EnumerateArray())
            {
                if (element.ValueKind == JsonValueKind.Object && ReadWork(element) is { } work)
                {
                    items.Add(work);
                }
                else
                {
                    skipped++;
                }
            }
        }

        long? total = message.TryGetProperty("total-results", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var n) ? n : null;
        return new CrossrefWorkList(total, items, skipped);
    }

    /// <summary>
    /// A one-line reason from an error body: a validation-failure ("parameter-not-allowed: This route does not support
    /// field query parameters"), another JSON error, or a short plain-text body ("Resource not found."); null when none.
    /// </summary>
    public static string? ReadErrorMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var text = body.Trim();
        if (text[0] is '{')
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var message))
                {
                    return message.ValueKind switch
                    {
                        JsonValueKind.Array => string.Join("; ", message.EnumerateArray().Select(DescribeProblem).Where(s => s.Length > 0)),
                        JsonValueKind.Object => StringOf(message, "message") ?? StringOf(message, "description") ?? StringOf(message, "name"),
                        JsonValueKind.String => message.GetString(),
                        _ => null,
                    };
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: fall through to the plain-text rule.
            }
        }

        // Plain text (the 404 body) is used when short and not markup; HTML pages are not shown.
        return text.Length <= 200 && !text.StartsWith('<') ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : null;
    }

    private static string DescribeProblem(JsonElement problem)
    {
        if (problem.ValueKind != JsonValueKind.Object)
        {
            return problem.ValueKind == JsonValueKind.String ? problem.GetString() ?? string.Empty : string.Empty;
        }

        var type = StringOf(problem, "type");
        var message = StringOf(problem, "message");
        return type is null ? message ?? string.Empty : message is null ? type : $"{type}: {message}";
    }

    private static JsonDocument Open(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new MalformedResponseException($"Crossref response is not JSON: {ex.Message}", ex);
        }
    }

    private static JsonElement Message(JsonElement root, string expectedType)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("message", out var message)
            || message.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedResponseException($"Crossref response has no '{expectedType}' message");
        }

        var type = StringOf(root, "message-type");
        if (type is not null && type != expectedType)
        {
            throw new MalformedResponseException($"Crossref response is a '{type}' message, expected '{expectedType}'");
        }

        return message;
    }

    private static CrossrefWork? ReadWork(JsonElement work)
    {
        var doi = StringOf(work, "DOI");
        if (string.IsNullOrWhiteSpace(doi))
        {
            return null;
        }

        return new CrossrefWork
        {
            Doi = doi.Trim(),
            Type = StringOf(work, "type"),
            Title = Strings(work, "title"),
            Subtitle = Strings(work, "subtitle"),
            ContainerTitle = Strings(work, "container-title"),
            ShortContainerTitle = Strings(work, "short-container-title"),
            EventName = work.TryGetProperty("event", out var ev) && ev.ValueKind == JsonValueKind.Object ? StringOf(ev, "name") : null,
            Publisher = StringOf(work, "publisher"),
            Volume = StringOf(work, "volume"),
            Issue = StringOf(work, "issue"),
            Page = StringOf(work, "page"),
            ArticleNumber = StringOf(work, "article-number"),
            Authors = Contributors(work, "author"),
            PublishedPrint = DateOf(work, "published-print"),
            PublishedOnline = DateOf(work, "published-online"),
            Issued = DateOf(work, "issued"),
            Published = DateOf(work, "published"),
            Abstract = StringOf(work, "abstract"),
            Url = StringOf(work, "URL"),
            Score = work.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetDouble() : null,
        };
    }

    private static List<CrossrefContributor> Contributors(JsonElement work, string property)
    {
        var list = new List<CrossrefContributor>();
        if (!work.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return list;
        }

        foreach (var person in array.EnumerateArray())
        {
            if (person.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var contributor = new CrossrefContributor(
                StringOf(person, "given"), StringOf(person, "family"), StringOf(person, "name"), StringOf(person, "sequence"), StringOf(person, "ORCID"));
            if (contributor.Family is not null || contributor.Name is not null || contributor.Given is not null)
            {
                list.Add(contributor);
            }
        }

        return list;
    }

    /// <summary>A partial date {"date-parts": [[Y, M, D]]}; month and day optional, [[null]] means none.</summary>
    internal static CslDate? DateOf(JsonElement work, string property)
    {
        if (!work.TryGetProperty(property, out var date) || date.ValueKind != JsonValueKind.Object
            || !date.TryGetProperty("date-parts", out var parts) || parts.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var first = parts.EnumerateArray().FirstOrDefault();
        if (first.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var numbers = first.EnumerateArray().Select(IntOf).ToList();
        if (numbers.Count == 0 || numbers[0] is not int year || year is < 1000 or > 9999)
        {
            return null;
        }

        var month = numbers.Count > 1 && numbers[1] is int m and >= 1 and <= 12 ? m : (int?)null;
        var day = month is not null && numbers.Count > 2 && numbers[2] is int d and >= 1 and <= 31 ? d : (int?)null;
        return new CslDate(year, month, day);
    }

    private static int? IntOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static List<string> Strings(JsonElement work, string property)
    {
        if (!work.TryGetProperty(property, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray()
                .Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => v.GetString()!)
                .Where(s => !string.IsNullOrWhiteSpace(s))
                .ToList(),
            JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => [value.GetString()!],
            _ => [],
        };
    }

    /// <summary>A string field; numbers (volume 7 instead of "7") are accepted as their text.</summary>
    private static string? StringOf(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
