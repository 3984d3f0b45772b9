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
}
