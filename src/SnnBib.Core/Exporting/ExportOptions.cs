namespace SnnBib.Core.Exporting;

public sealed record ExportOptions
{
    /// <summary>Write abstracts into BibTeX/BibLaTeX (RIS and CSL-JSON always carry them).</summary>
    public bool BibTexAbstracts { get; init; }
}
