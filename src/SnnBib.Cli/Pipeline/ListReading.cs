using SnnBib.Cli.Input;
using SnnBib.Cli.Output;
using SnnBib.Core.Lists;
using SnnBib.Core.Model;
using SnnBib.Core.Records;

namespace SnnBib.Cli.Pipeline;

/// <summary>A list read, grouped into papers and built into list-only records (same order), with everything worth telling the user.</summary>
public sealed record ListReading(ListSource Source, ListReadResult Read, PaperGrouping Grouping, RecordBuildResult Built)
{
    public IReadOnlyList<PaperRecord> ListRecords => Built.Records;

    public static ListReading Load(string? path, IReadOnlyList<string> sections)
    {
        var source = ListSource.Load(path);
        ListReadResult read;
        try
        {
            read = AwesomeListReader.Read(source.Markdown, new ListReaderOptions { Sections = sections });
        }
        catch (InvalidDataException e)
        {
            throw new SnnBibCliException($"{source.Name}: {e.Message}");
        }

        var grouping = PaperGrouper.Group(read.Entries);
        return new ListReading(source, read, grouping, ListRecordBuilder.Build(grouping.Papers));
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

        foreach (var w in Built.Warnings)
        {
            yield return $"{Source.Name}:{w.Line}: warning: {w.Message}";
        }

        foreach (var w in Grouping.Merges)
        {
            yield return $"{Source.Name}:{w.Line}: note: {w.Message}";
        }
    }
}
