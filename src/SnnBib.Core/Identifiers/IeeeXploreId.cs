namespace SnnBib.Core.Identifiers;

/// <summary>An IEEE Xplore document number (the DOI is not derivable from it).</summary>
public sealed record IeeeXploreId(string DocumentNumber) : PaperIdentifier
{
    public override IdentifierKind Kind => IdentifierKind.IeeeXplore;

    public override string Value => DocumentNumber;
}
