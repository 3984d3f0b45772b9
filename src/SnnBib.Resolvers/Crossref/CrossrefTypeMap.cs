using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Crossref;

/// <summary>Crossref work types → CSL types (the mapping Crossref's own CSL output uses for the types snnbib meets).</summary>
public static class CrossrefTypeMap
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["journal-article"] = CslItemType.ArticleJournal,
        ["proceedings-article"] = CslItemType.PaperConference,
        ["posted-content"] = CslItemType.Article,
        ["book-chapter"] = CslItemType.Chapter,
        ["book-section"] = CslItemType.Chapter,
        ["book-part"] = CslItemType.Chapter,
        ["book"] = CslItemType.Book,
        ["monograph"] = CslItemType.Book,
        ["edited-book"] = CslItemType.Book,
        ["reference-book"] = CslItemType.Book,
        ["book-set"] = CslItemType.Book,
        ["report"] = CslItemType.Report,
        ["report-component"] = CslItemType.Report,
        ["dissertation"] = "thesis",
        ["dataset"] = "dataset",
        ["reference-entry"] = "entry",
        ["standard"] = "standard",
        ["peer-review"] = "review",
    };

    /// <summary>The CSL type; "document" for types without a better match (journal issues, components, "other").</summary>
    public static string ToCsl(string? crossrefType) =>
        crossrefType is not null && Map.TryGetValue(crossrefType, out var csl) ? csl : "document";
}
