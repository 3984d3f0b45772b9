namespace SnnBib.Core.Identifiers;

/// <summary>A paper on the CVF open-access site; venue and year come from the path (e.g. ICCV2023).</summary>
public sealed record CvfPaperId(string Venue, int Year, string FileName) : PaperIdentifier
{
    public override IdentifierKind Kind => IdentifierKind.Cvf;

    public override string Value => $"{Venue}{Year}/{FileName}";
}
