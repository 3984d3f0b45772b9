using System.Text;
using System.Text.Json;
using SnnBib.Core.Identifiers;
using SnnBib.Core.Text;
using SnnBib.Resolvers.Merging;

namespace SnnBib.Resolvers.Overrides;

/// <summary>
/// The human-edited overrides file, <c>overrides.json</c> in the cache folder (format in cache/README.md). snnbib only
/// ever reads it. JSON with comments and trailing commas allowed; anything it does not understand (a syntax error,
/// an unknown key, a malformed identifier, a field that cannot be overridden) makes the whole file unusable with a
/// one-line error naming the file and line, so a correction is never silently half-applied.
/// </summary>
public sealed class OverridesFile
{
    public const string FileName = "overrides.json";

    /// <summary>Larger files are refused: a hand-edited file is small.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly HashSet<string> EntryKeys = new(StringComparer.Ordinal) { "paper", "arxiv", "doi", "openreview", "reject", "fields", "note" };

    private OverridesFile(string? path, IReadOnlyList<OverrideEntry> entries)
    {
        Path = path;
        Entries = entries;
    }

    public static OverridesFile Empty { get; } = new(null, []);

    /// <summary>The file read, or null when there is none.</summary>
    public string? Path { get; }

    public IReadOnlyList<OverrideEntry> Entries { get; }

    public static string PathIn(string cacheFolder) => System.IO.Path.Combine(cacheFolder, FileName);

    /// <summary>Reads the cache folder's overrides file; no file is no overrides.</summary>
    public static OverridesFile Load(string cacheFolder)
    {
        ArgumentNullException.ThrowIfNull(cacheFolder);
        var path = PathIn(cacheFolder);
        if (!File.Exists(path))
        {
            return Empty;
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                throw new OverridesFileException($"{path}: larger than {MaxBytes / 1024} KB; not an overrides file");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OverridesFileException($"{path}: cannot read: {e.Message}");
        }

        return Parse(bytes, path);
    }

    public static OverridesFile Parse(string text, string path) => Parse(Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text))), path);

    public static OverridesFile Parse(ReadOnlySpan<byte> utf8, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            throw new OverridesFileException($"{path}: not valid UTF-8 text");
        }

        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 };
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $":{n + 1}" : string.Empty;
            throw new OverridesFileException($"{path}{line}: not valid JSON: {FirstSentence(e.Message)}");
        }

        using (document)
        {
            try
            {
                return ReadDocument(document, utf8, path);
            }
            catch (InvalidOperationException e)
            {
                // System.Text.Json refuses names or text it cannot decode (e.g. an escaped lone surrogate "\uD800").
                throw new OverridesFileException($"{path}: text that is not valid Unicode ({FirstSentence(e.Message)})");
            }
        }
    }

    private static OverridesFile ReadDocument(JsonDocument document, ReadOnlySpan<byte> utf8, string path)
    {
        var lines = EntryLines(utf8);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new OverridesFileException($"{path}:1: expected an object with a \"papers\" array");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw new OverridesFileException($"{path}: \"{property.Name}\" is given twice at the top level");
            }

            if (property.Name is not ("papers" or "note"))
            {
                throw new OverridesFileException($"{path}: unknown key \"{property.Name}\" at the top level (expected \"papers\")");
            }
        }

        if (!root.TryGetProperty("papers", out var papers))
        {
            return new OverridesFile(path, []);
        }

        if (papers.ValueKind != JsonValueKind.Array)
        {
            throw new OverridesFileException($"{path}: \"papers\" must be an array of objects");
        }

        var entries = new List<OverrideEntry>();
        var index = 0;
        foreach (var element in papers.EnumerateArray())
        {
            var line = index < lines.Count ? lines[index] : 1;
            try
            {
                entries.Add(ReadEntry(element, $"{path}:{line}: entry {index + 1}", line));
            }
            catch (InvalidOperationException e)
            {
                // System.Text.Json refuses text it cannot decode (e.g. an escaped lone surrogate "\uD800").
                throw new OverridesFileException($"{path}:{line}: entry {index + 1}: text that is not valid Unicode ({FirstSentence(e.Message)})");
            }

            index++;
        }

        return new OverridesFile(path, entries);
    }

    /// <summary>The entry for a paper: named by its identity, one of its identifier keys, its citation key, or its listed title.</summary>
    public OverrideEntry? For(string identity, string? citationKey, IEnumerable<PaperIdentifier> identifiers, string? title)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(identifiers);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { identity };
        if (citationKey is not null)
        {
            names.Add(citationKey);
        }

        foreach (var identifier in identifiers)
        {
            names.Add(identifier.Key);
        }

        var normalizedTitle = string.IsNullOrWhiteSpace(title) ? null : TitleNormalizer.Normalize(title);
        var matching = Entries.Where(e =>
            names.Contains(e.Paper.Trim()) ||
            (normalizedTitle is not null && TitleNormalizer.Normalize(e.Paper) == normalizedTitle)).Take(2).ToList();
        return matching.Count switch
        {
            0 => null,
            1 => matching[0],

            // Two entries for one paper would leave one silently unused: say so, and let the person merge them.
            _ => throw new OverridesFileException(
                $"{Path}:{matching[1].Line}: entry for \"{matching[1].Paper}\" names the same paper as the entry at line {matching[0].Line}; merge them into one"),
        };
    }

    private static OverrideEntry ReadEntry(JsonElement element, string where, int line)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new OverridesFileException($"{where}: expected an object");
        }

        string? paper = null;
        var pins = new List<PaperIdentifier>();
        var reject = new List<string>();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw new OverridesFileException($"{where}: \"{property.Name}\" is given twice");
            }

            if (!EntryKeys.Contains(property.Name))
            {
                throw new OverridesFileException($"{where}: unknown key \"{property.Name}\" (known: {string.Join(", ", EntryKeys.Order(StringComparer.Ordinal))})");
            }

            var value = property.Value;
            switch (property.Name)
            {
                case "paper":
                    paper = Text(value, where, property.Name);
                    break;
                case "arxiv":
                    pins.Add(ArxivIdParser.Parse(Text(value, where, property.Name)) is { } arxiv
                        ? new ArxivId(arxiv.Id)
                        : throw new OverridesFileException($"{where}: \"arxiv\": not an arXiv id: \"{value}\""));
                    break;
                case "doi":
                    pins.Add(DoiParser.Parse(Text(value, where, property.Name)) is DoiId doi
                        ? doi
                        : throw new OverridesFileException($"{where}: \"doi\": not a DOI: \"{value}\""));
                    break;
                case "openreview":
                    pins.Add(OpenReviewIdParser.Parse(Text(value, where, property.Name)) ??
                        throw new OverridesFileException($"{where}: \"openreview\": not an OpenReview id: \"{value}\""));
                    break;
                case "reject":
                    reject.AddRange(ReadRejects(value, where));
                    break;
                case "fields":
                    foreach (var (name, text) in ReadFields(value, where))
                    {
                        fields[name] = text;
                    }

                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(paper))
        {
            throw new OverridesFileException($"{where}: \"paper\" is missing (the paper's identity, identifier, citation key or title)");
        }

        return new OverrideEntry(line, paper.Trim(), pins, reject, fields);
    }

    private static IEnumerable<string> ReadRejects(JsonElement value, string where)
    {
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        foreach (var item in items)
        {
            var text = Text(item, where, "reject").Trim();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var kind = colon > 0 ? text[..colon].ToLowerInvariant() : string.Empty;
            var rest = colon > 0 ? text[(colon + 1)..].Trim() : string.Empty;
            yield return kind switch
            {
                "doi" when DoiParser.Parse(rest) is DoiId doi => doi.Key,
                "arxiv" when ArxivIdParser.Parse(rest) is { } arxiv => "arxiv:" + arxiv.Id,
                "openreview" when OpenReviewIdParser.Parse(rest) is { } openReview => openReview.Key,
                _ => throw new OverridesFileException($"{where}: \"reject\": \"{text}\" is not doi:…, arxiv:… or openreview:…"),
            };
        }
    }

    private static IEnumerable<(string Name, string Value)> ReadFields(JsonElement value, string where)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new OverridesFileException($"{where}: \"fields\" must be an object of field names and values");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in value.EnumerateObject())
        {
            if (!seen.Add(field.Name))
            {
                throw new OverridesFileException($"{where}: field \"{field.Name}\" is given twice");
            }

            if (!MergePolicy.OverridableFields.Contains(field.Name))
            {
                throw new OverridesFileException(
                    $"{where}: field \"{field.Name}\" cannot be set (settable: {string.Join(", ", MergePolicy.OverridableFields)})");
            }

            var text = field.Value.ValueKind switch
            {
                JsonValueKind.String => field.Value.GetString()!,
                JsonValueKind.Number => field.Value.GetRawText(),
                JsonValueKind.Null => string.Empty,
                _ => throw new OverridesFileException($"{where}: field \"{field.Name}\" must be text"),
            };
            try
            {
                MergeFields.Parse(field.Name, text);
            }
            catch (FormatException e)
            {
                throw new OverridesFileException($"{where}: {e.Message}");
            }

            yield return (field.Name, text);
        }
    }

    private static string Text(JsonElement value, string where, string name) =>
        value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new OverridesFileException($"{where}: \"{name}\" must be non-empty text");

    /// <summary>The 1-based line of each entry of "papers", in order (JsonDocument keeps no positions).</summary>
    private static List<int> EntryLines(ReadOnlySpan<byte> utf8)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var inPapers = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inPapers = reader.ValueTextEquals("papers"u8);
            }
            else if (inPapers && reader.CurrentDepth == 2 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.StartArray or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
            {
                lines.Add(1 + utf8[..(int)reader.TokenStartIndex].Count((byte)'\n'));
            }
        }

        return lines;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).ReplaceLineEndings(" ").Trim();
    }
}
