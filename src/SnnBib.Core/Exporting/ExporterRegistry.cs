namespace SnnBib.Core.Exporting;

/// <summary>Every export format, one line each.</summary>
public static class ExporterRegistry
{
    public static IReadOnlyList<IExporter> All { get; } =
    [
        new BibTexWriter(),
        new BibLatexWriter(),
        new RisWriter(),
        new CslJsonWriter(),
    ];

    public static IExporter? Find(string format) =>
        All.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase));
}
