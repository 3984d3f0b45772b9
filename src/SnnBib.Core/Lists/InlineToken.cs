namespace SnnBib.Core.Lists;

/// <summary>A piece of an entry's text after Markdig's inline parse: plain text (bold or not) or a link.</summary>
internal abstract record InlineToken;

/// <summary>Text as a reader sees it; <paramref name="Bold"/> marks text inside **strong emphasis**.</summary>
internal sealed record TextToken(string Text, bool Bold) : InlineToken;

/// <summary>
/// A link. <paramref name="ParsedByMarkdig"/> is false for text shaped like a link that Markdig did not accept as
/// one (a target with spaces, e.g. "[paper](Learning A Spiking …)").
/// </summary>
internal sealed record LinkToken(string Label, string Target, bool ParsedByMarkdig) : InlineToken;
