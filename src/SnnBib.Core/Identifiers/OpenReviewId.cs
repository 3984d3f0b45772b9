namespace SnnBib.Core.Identifiers;

/// <summary>An OpenReview forum / note id (case-sensitive).</summary>
public sealed record OpenReviewId(string Id) : PaperIdentifier
{
    public override IdentifierKind Kind => IdentifierKind.OpenReview;

    public override string Value => Id;

    public override bool NamesOnePaper => true;
}
