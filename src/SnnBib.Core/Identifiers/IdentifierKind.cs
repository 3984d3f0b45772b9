namespace SnnBib.Core.Identifiers;

public enum IdentifierKind
{
    Arxiv,
    OpenReview,
    Doi,
    IeeeXplore,
    Cvf,
    NeurIps,
    Pmlr,
    IcmlVirtual,
}
