namespace SnnBib.Core.Exporting;

/// <summary>One field of a BibTeX entry; the value is already escaped. Macros (month = jan) are written without braces.</summary>
public sealed record BibTexField(string Name, string Value, bool IsMacro = false);
