using SnnBib.Core.Identifiers;

namespace SnnBib.Core.Lists;

/// <summary>One link of a list entry, as written, with what it identifies.</summary>
/// <param name="Label">The link text ("paper", "code", or the title).</param>
/// <param name="Target">The link target as written.</param>
/// <param name="IsUrl">False when the target is not an absolute http(s) URL (reported as a warning).</param>
/// <param name="Identifier">The identifier found in the URL, or null for a plain URL.</param>
public sealed record ListLink(string Label, string Target, LinkKind Kind, bool IsUrl, PaperIdentifier? Identifier);
