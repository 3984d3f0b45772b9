namespace SnnBib.Core.Lists;

public enum LinkKind
{
    /// <summary>A link to the paper itself (label "paper", "pdf", or the title link of a numbered item).</summary>
    Paper,

    /// <summary>A link to source code.</summary>
    Code,

    Other,
}
