using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using SnnBib.Resolvers.Http;

namespace SnnBib.Resolvers.Arxiv;

/// <summary>
/// Parses arXiv API Atom responses, legacy (2016) and current (2026) layouts alike: namespace-aware, independent of element
/// order and of where namespaces are declared, DTDs prohibited, no external resolution, size-capped.
/// </summary>
public static class ArxivAtomParser
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string ArxivNamespace = "http://arxiv.org/schemas/atom";
    public const string OpenSearchNamespace = "http://a9.com/-/spec/opensearch/1.1/";

    /// <summary>Characters accepted in one document (the HTTP layer caps bytes at 20 MB already).</summary>
    public const long MaxCharacters = 20L * 1024 * 1024;

    private static readonly XNamespace Atom = AtomNamespace;
    private static readonly XNamespace ArxivNs = ArxivNamespace;

    /// <exception cref="MalformedResponseException">Not well-formed XML, a DTD, too large, or not an Atom feed.</exception>
    public static ArxivFeed Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        try
        {
            using var text = new StringReader(xml);
            using var reader = XmlReader.Create(text, settings);
            return ReadFeed(reader);
        }
        catch (XmlException ex)
        {
            throw new MalformedResponseException($"arXiv response is not well-formed Atom: {ex.Message}", ex);
        }
    }

    private static ArxivFeed ReadFeed(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "feed" || reader.NamespaceURI != AtomNamespace)
        {
            throw new MalformedResponseException($"arXiv response is not an Atom feed (root element '{reader.LocalName}')");
        }

        int? total = null, start = null, perPage = null;
        var entries = new List<ArxivEntry>();
        var errors = new List<ArxivApiError>();
        var unreadable = new List<string>();
        if (reader.IsEmptyElement)
        {
            return new ArxivFeed();
        }

        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1)
            {
                reader.Read();
                continue;
            }

            if (reader.NamespaceURI == OpenSearchNamespace)
            {
                var name = reader.LocalName;
                var value = ParseInt(reader.ReadElementContentAsString());
                switch (name)
                {
                    case "totalResults": total = value; break;
                    case "startIndex": start = value; break;
                    case "itemsPerPage": perPage = value; break;
                }
            }
            else if (reader.NamespaceURI == AtomNamespace && reader.LocalName == "entry")
            {
                var element = (XElement)XNode.ReadFrom(reader);
                ReadEntry(element, entries, errors, unreadable);
            }
            else
            {
                reader.Skip();
            }
        }

        return new ArxivFeed
        {
            TotalResults = total,
            StartIndex = start,
            ItemsPerPage = perPage,
            Entries = entries,
            Errors = errors,
            UnreadableEntries = unreadable,
        };
    }

    private static void ReadEntry(XElement entry, List<ArxivEntry> entries, List<ArxivApiError> errors, List<string> unreadable)
    {
        var rawId = Text(entry.Element(Atom + "id"));
        var title = Text(entry.Element(Atom + "title"));

        // "Never treat an Error entry as a paper" (apis.md §4): both shapes of the documented error entry.
        // A real paper may be titled "Error", so the title only counts when the id is not a paper's abs URL.
        var isPaperId = ArxivIds.TryParseAbsUrl(rawId, out var id, out var version);
        if ((rawId?.Contains("/api/errors", StringComparison.OrdinalIgnoreCase) ?? false)
            || (!isPaperId && string.Equals(title, "Error", StringComparison.Ordinal)))
        {
            errors.Add(new ArxivApiError(rawId ?? string.Empty, Text(entry.Element(Atom + "summary")) ?? "arXiv API error"));
            return;
        }

        if (!isPaperId || id is null || string.IsNullOrEmpty(title))
        {
            unreadable.Add(rawId ?? "(entry without id)");
            return;
        }

        var links = entry.Elements(Atom + "link").ToList();
        entries.Add(new ArxivEntry
        {
            Id = id,
            Version = version,
            Title = title,
            Authors = entry.Elements(Atom + "author")
                .Select(a => new ArxivAuthor(
                    Text(a.Element(Atom + "name")) ?? string.Empty,
                    a.Elements(ArxivNs + "affiliation").Select(Text).OfType<string>().ToList()))
                .Where(a => a.Name.Length > 0)
                .ToList(),
            Summary = Text(entry.Element(Atom + "summary")),
            Published = ParseDate(Text(entry.Element(Atom + "published"))),
            Updated = ParseDate(Text(entry.Element(Atom + "updated"))),
            Doi = Text(entry.Element(ArxivNs + "doi")),
            JournalRef = Text(entry.Element(ArxivNs + "journal_ref")),
            Comment = Text(entry.Element(ArxivNs + "comment")),
            PrimaryCategory = Attribute(entry.Element(ArxivNs + "primary_category"), "term"),
            Categories = entry.Elements(Atom + "category").Select(c => Attribute(c, "term")).OfType<string>().ToList(),
            AbsUrl = links.FirstOrDefault(l => Attribute(l, "rel") == "alternate") is { } abs ? Attribute(abs, "href") : null,
            PdfUrl = links.FirstOrDefault(l => Attribute(l, "title") == "pdf") is { } pdf ? Attribute(pdf, "href") : null,
        });
    }

    /// <summary>Element text with every run of whitespace (line wraps, indentation) collapsed to one space; null when empty.</summary>
    internal static string? Collapse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? Text(XElement? element) => element is null ? null : Collapse(element.Value);

    private static string? Attribute(XElement? element, string name) =>
        element?.Attribute(name)?.Value is { Length: > 0 } value ? value.Trim() : null;

    private static int? ParseInt(string value) =>
        int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateTimeOffset? ParseDate(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
