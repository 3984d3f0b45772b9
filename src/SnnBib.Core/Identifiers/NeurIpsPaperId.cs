namespace SnnBib.Core.Identifiers;

/// <summary>A paper in the NeurIPS proceedings, named by year and the proceedings hash.</summary>
public sealed record NeurIpsPaperId(int Year, string Hash) : PaperIdentifier
{
    public override IdentifierKind Kind => IdentifierKind.NeurIps;

    public override string Value => $"{Year}/{Hash}";
}
