using SnnBib.Core.Model;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Crossref;

/// <summary>
/// Maps a Crossref work to a record. Choices: issued = published-print, else published-online, else issued, else published
/// (never created/deposited/indexed); title = title[0] + ": " + subtitle[0] when a subtitle exists; markup removed from titles
/// and abstracts; page falls back to article-number (e.g. Scientific Reports), as Crossref's own citation output does.
/// </summary>
public static class CrossrefMapper
{
    public static SourceRecord ToRecord(CrossrefWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var item = new CslItem
        {
            Id = work.Doi.ToLowerInvariant(),
            Type = CrossrefTypeMap.ToCsl(work.Type),
            Title = TitleOf(work),
            Author = work.Authors.Select(NameOf).OfType<CslName>().ToList(),
            Issued = work.PublishedPrint ?? work.PublishedOnline ?? work.Issued ?? work.Published,
            ContainerTitle = First(work.ContainerTitle),
            EventTitle = JatsText.ToPlainText(work.EventName),
            Publisher = work.Publisher,
            Volume = work.Volume,
            Issue = work.Issue,
            Page = work.Page ?? work.ArticleNumber,
            Doi = work.Doi,
            Url = work.Url ?? $"https://doi.org/{work.Doi}",
            Abstract = JatsText.ToPlainText(work.Abstract),
        };

        return new SourceRecord { Source = SourceName.Crossref, Item = item, Score = work.Score };
    }

    private static string? TitleOf(CrossrefWork work)
    {
        var title = First(work.Title);
        var subtitle = First(work.Subtitle);
        if (title is null || subtitle is null || title.EndsWith(subtitle, StringComparison.OrdinalIgnoreCase))
        {
            return title ?? subtitle;
        }

        return title.EndsWith(':') ? $"{title} {subtitle}" : $"{title}: {subtitle}";
    }

    private static string? First(IReadOnlyList<string> values) =>
        values.Select(JatsText.ToPlainText).FirstOrDefault(v => v is not null);

    private static CslName? NameOf(CrossrefContributor person)
    {
        if (person.Family is { } family)
        {
            return CslName.Person(family, person.Given);
        }

        if (person.Name is { } name)
        {
            return CslName.Organisation(name);
        }

        // Only a given name: Crossref's family is required, so this is a deposit error; keep the text as a literal.
        return person.Given is { } given ? CslName.Organisation(given) : null;
    }
}
