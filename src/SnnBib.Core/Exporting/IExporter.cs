using SnnBib.Core.Model;

namespace SnnBib.Core.Exporting;

/// <summary>A pure function from records to the text of one file format.</summary>
public interface IExporter
{
    /// <summary>The --format value: "bibtex", "biblatex", "ris" or "csljson".</summary>
    string Format { get; }

    /// <summary>The usual file extension, with the dot.</summary>
    string FileExtension { get; }

    /// <summary>Writes every record. Same input → byte-identical output; "\n" line endings.</summary>
    string Write(IReadOnlyList<PaperRecord> records, ExportOptions options);
}
