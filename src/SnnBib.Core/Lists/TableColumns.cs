namespace SnnBib.Core.Lists;

/// <summary>Maps a paper table's header cells to column roles ("Title | Venue | Paper | Code").</summary>
internal static class TableColumns
{
    private static readonly Dictionary<string, TableColumnRole> ByHeader = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = TableColumnRole.Title, ["paper title"] = TableColumnRole.Title, ["name"] = TableColumnRole.Title,
        ["paper name"] = TableColumnRole.Title,
        ["venue"] = TableColumnRole.Venue, ["conference"] = TableColumnRole.Venue, ["journal"] = TableColumnRole.Venue,
        ["conference/journal"] = TableColumnRole.Venue, ["publication"] = TableColumnRole.Venue,
        ["published"] = TableColumnRole.Venue, ["published in"] = TableColumnRole.Venue, ["conf"] = TableColumnRole.Venue,
        ["year"] = TableColumnRole.Year, ["date"] = TableColumnRole.Year,
        ["author"] = TableColumnRole.Authors, ["authors"] = TableColumnRole.Authors,
        ["paper"] = TableColumnRole.PaperLinks, ["pdf"] = TableColumnRole.PaperLinks, ["link"] = TableColumnRole.PaperLinks,
        ["links"] = TableColumnRole.PaperLinks, ["arxiv"] = TableColumnRole.PaperLinks, ["url"] = TableColumnRole.PaperLinks,
        ["paper link"] = TableColumnRole.PaperLinks,
        ["code"] = TableColumnRole.CodeLinks, ["github"] = TableColumnRole.CodeLinks, ["repo"] = TableColumnRole.CodeLinks,
        ["repository"] = TableColumnRole.CodeLinks, ["implementation"] = TableColumnRole.CodeLinks,
        ["source code"] = TableColumnRole.CodeLinks,
        ["note"] = TableColumnRole.Note, ["notes"] = TableColumnRole.Note, ["remarks"] = TableColumnRole.Note,
        ["keywords"] = TableColumnRole.Note, ["description"] = TableColumnRole.Note,
    };

    /// <summary>
    /// One role per column. Without a title column, the first paper-link column holds the titles
    /// ("| Paper | Code |" with "[Title](link)" cells); without either, the first column does.
    /// </summary>
    public static IReadOnlyList<TableColumnRole> From(IReadOnlyList<string> headers)
    {
        var roles = headers
            .Select(h => ByHeader.TryGetValue(InlineTokenizer.Collapse(h).Trim(':', '*'), out var role) ? role : TableColumnRole.Other)
            .ToArray();
        if (roles.Length > 0 && !roles.Contains(TableColumnRole.Title))
        {
            var paper = Array.IndexOf(roles, TableColumnRole.PaperLinks);
            roles[paper >= 0 ? paper : 0] = TableColumnRole.Title;
        }

        return roles;
    }
}
