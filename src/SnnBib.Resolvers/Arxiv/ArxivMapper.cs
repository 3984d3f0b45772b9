using SnnBib.Core.Model;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Arxiv;

/// <summary>
/// Maps an arXiv entry to a preprint record: CSL type "article" (a preprint; Zotero imports it as one), publisher "arXiv",
/// number = the arXiv id, issued = the date of version 1, URL = the version-less abs page.
/// The DOI is only ever arxiv:doi, the publisher DOI the authors reported, flagged with <see cref="SourceRecord.DoiFromArxiv"/>.
/// The DataCite DOI 10.48550/arXiv.&lt;id&gt; is not added: it names the preprint, is derivable from the id by any exporter
/// that wants it, and would otherwise be mistaken for a publisher DOI downstream.
/// </summary>
public static class ArxivMapper
{
    public const string Publisher = "arXiv";

    public static SourceRecord ToRecord(ArxivEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var item = new CslItem
        {
            Id = entry.Id,
            Type = CslItemType.Article,
            Title = entry.Title,
            Author = entry.Authors.Select(a => AuthorNameSplitter.Split(a.Name)).ToList(),
            Issued = entry.Published is { } published ? DateOf(published) : entry.Updated is { } updated ? DateOf(updated) : null,
            Publisher = Publisher,
            Number = "arXiv:" + entry.Id, // the form styles print and Zotero exports for a preprint's archive id
            Doi = entry.Doi,
            Url = $"https://arxiv.org/abs/{entry.Id}",
            Abstract = entry.Summary,
        };

        return new SourceRecord
        {
            Source = SourceName.Arxiv,
            Item = item,
            ArxivId = entry.Id,
            ArxivVersion = entry.Version,
            ArxivPrimaryClass = entry.PrimaryCategory,
            JournalRef = entry.JournalRef,
            Comment = entry.Comment,
            DoiFromArxiv = entry.Doi is not null,
        };
    }

    private static CslDate DateOf(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new CslDate(utc.Year, utc.Month, utc.Day);
    }
}
