namespace SnnBib.Core.Identifiers;

/// <summary>An ICML virtual-site poster: the year tells the venue edition; the number names no paper elsewhere.</summary>
public sealed record IcmlPosterId(int Year, string PosterNumber) : PaperIdentifier
{
    public override IdentifierKind Kind => IdentifierKind.IcmlVirtual;

    public override string Value => $"{Year}/{PosterNumber}";
}
