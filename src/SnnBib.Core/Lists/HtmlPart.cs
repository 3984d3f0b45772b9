namespace SnnBib.Core.Lists;

/// <summary>One piece of a raw HTML block, as <see cref="HtmlDetailsSplitter"/> sees it.</summary>
internal abstract record HtmlPart;

internal sealed record DetailsOpen : HtmlPart;

internal sealed record DetailsSummary(string Text) : HtmlPart;

internal sealed record DetailsClose : HtmlPart;

/// <summary>Markdown found inside the block; <paramref name="FirstLine"/> is its 0-based line within the block.</summary>
internal sealed record MarkdownChunk(string Text, int FirstLine) : HtmlPart;
