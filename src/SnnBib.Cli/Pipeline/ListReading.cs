using SnnBib.Cli.Input;
using SnnBib.Core.Lists;

namespace SnnBib.Cli.Pipeline;

/// <summary>A list read and grouped into papers, with everything worth telling the user.</summary>
public sealed record ListReading(ListSource Source, ListReadResult Read, PaperGrouping Grouping)
{
    public static ListReading Load(string? path, IReadOnlyList<string> sections)
    {
        var source = ListSource.Load(path);
        var read = AwesomeListReader.Read(source.Markdown, new ListReaderOptions { Sections = sections });
        var grouping = PaperGrouper.Group(read.Entries);
        return new ListReading(source, read, grouping);
    }

    /// <summary>Warnings, merges and suspect links as one-line messages naming the list and line.</summary>
    public IEnumerable<string> Diagnostics()
    {
        foreach (var w in Read.Warnings)
        {
            yield return $"{Source.Name}:{w.Line}: warning: {w.Message}";
        }

        foreach (var w in Grouping.Suspects)
        {
            yield return $"{Source.Name}:{w.Line}: warning: {w.Message}";
        }

        foreach (var w in Grouping.Merges)
        {
            yield return $"{Source.Name}:{w.Line}: note: {w.Message}";
        }
    }
}
