namespace SnnBib.Core.Keys;

/// <summary>A piece of a key format: literal text or a token.</summary>
public sealed record KeyFormatPart(string? Literal, KeyToken? Token);
