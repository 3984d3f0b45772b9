namespace SnnBib.Core.Model;

/// <summary>The CSL item types snnbib produces (a subset of csl-data.json's open list).</summary>
public static class CslItemType
{
    /// <summary>A preprint (Zotero imports it as "preprint").</summary>
    public const string Article = "article";

    public const string ArticleJournal = "article-journal";

    public const string PaperConference = "paper-conference";

    public const string Chapter = "chapter";

    public const string Book = "book";

    public const string Report = "report";

    public const string Webpage = "webpage";

    /// <summary>A generic document: what an entry is when the list does not say (Zotero imports it as "document").</summary>
    public const string Document = "document";

    /// <summary>Every type csl-data.json (CSL 1.0.2) allows; anything else fails the schema.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map",
        "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
        "personal_communication", "post", "post-weblog", "regulation", "report", "review", "review-book", "software",
        "song", "speech", "standard", "thesis", "treaty", "webpage",
    };
}
