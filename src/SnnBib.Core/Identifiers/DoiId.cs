namespace SnnBib.Core.Identifiers;

/// <summary>A DOI, lower-cased (DOIs are case-insensitive).</summary>
public sealed record DoiId(string Doi) : PaperIdentifier
{
    public override IdentifierKind Kind => IdentifierKind.Doi;

    public override string Value => Doi;

    public override bool NamesOnePaper => true;
}
