namespace SnnBib.Core.Identifiers;

/// <summary>A paper in Proceedings of Machine Learning Research: volume and paper key (e.g. v162, chen22ac).</summary>
public sealed record PmlrPaperId(int Volume, string PaperKey) : PaperIdentifier
{
    public override IdentifierKind Kind => IdentifierKind.Pmlr;

    public override string Value => $"v{Volume}/{PaperKey}";
}
