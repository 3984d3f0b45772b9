namespace SnnBib.Core.Identifiers;

/// <summary>An arXiv identifier: new style "YYMM.NNNN(N)" or old style "archive/YYMMNNN", with an optional version.</summary>
public sealed record ArxivId(string Id, int? Version = null) : PaperIdentifier
{
    public override IdentifierKind Kind => IdentifierKind.Arxiv;

    /// <summary>The id without version.</summary>
    public override string Value => Id;

    public override bool NamesOnePaper => true;

    /// <summary>The id with its version when one was given, e.g. "2312.07625v2".</summary>
    public string WithVersion => Version is null ? Id : $"{Id}v{Version}";
}
