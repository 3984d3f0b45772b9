using System.Text;
using SnnBib.Core.Lists;
using SnnBib.Testing;

namespace SnnBib.Core.Tests.Lists;

/// <summary>The lists the tests read: the shared seed lists (skipped when ../shared is absent) and our own Data/lists.</summary>
internal static class TestLists
{
    public static string Seed => SharedFolder.ReadText("lists", "awesome-snn-2024-05.md");

    public static string Numbered => SharedFolder.ReadText("lists", "awesome-snn-numbered-style.md");

    public static string Own(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "lists", name));

    public static ListEntry At(this ListReadResult result, int line) => result.Entries.Single(e => e.Line == line);

    /// <summary>A plain-text rendering of everything the reader found, for approved-file snapshots.</summary>
    public static string Render(ListReadResult result)
    {
        var sb = new StringBuilder();
        foreach (var e in result.Entries)
        {
            sb.Append("line ").Append(e.Line).Append(": ").Append(e.Title).Append('\n');
            if (e.VenueLabel is not null || e.Year is not null)
            {
                sb.Append("  label: ").Append(e.VenueLabel).Append(" | venue: ").Append(e.Venue).Append(" | year: ").Append(e.Year).Append('\n');
            }

            sb.Append("  section year: ").Append(e.SectionYear).Append(" | group: ").Append(e.Group).Append('\n');
            sb.Append("  headings: ").Append(string.Join(" > ", e.Headings)).Append('\n');
            if (e.AuthorsText is not null || e.Note is not null)
            {
                sb.Append("  authors: ").Append(e.AuthorsText).Append(" | note: ").Append(e.Note).Append('\n');
            }

            foreach (var link in e.Links)
            {
                sb.Append("  ").Append(link.Kind.ToString().ToLowerInvariant()).Append(" [").Append(link.Label).Append("](")
                    .Append(link.Target).Append(')');
                sb.Append(link.IsUrl ? string.Empty : " NOT-A-URL");
                sb.Append(link.Identifier is null ? string.Empty : " => " + link.Identifier.Key).Append('\n');
            }
        }

        foreach (var warning in result.Warnings)
        {
            sb.Append("warning: ").Append(warning).Append('\n');
        }

        return sb.ToString();
    }
}
