using SnnBib.Core.Exporting;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Exporting;

/// <summary>
/// Approved files of the four exports of the hard-case records. The interop stage feeds these approved files to
/// LaTeX + BibTeX, biber, citeproc and citation-js, so they must be exactly what the writers produce.
/// </summary>
public sealed class ExportSnapshotTests
{
    /// <summary>Abstracts on, so that their escaping is exercised by the snapshots and by the consumers.</summary>
    public static readonly ExportOptions Options = new() { BibTexAbstracts = true };

    [Fact]
    public void HardCases_BibTex() => Approve.Text(new BibTexWriter().Write(HardCaseRecords.All, Options), "bib");

    [Fact]
    public void HardCases_BibLatex() => Approve.Text(new BibLatexWriter().Write(HardCaseRecords.All, Options), "bib");

    [Fact]
    public void HardCases_Ris() => Approve.Text(new RisWriter().Write(HardCaseRecords.All, Options), "ris");

    [Fact]
    public void HardCases_CslJson() => Approve.Text(new CslJsonWriter().Write(HardCaseRecords.All, Options), "json");
}
