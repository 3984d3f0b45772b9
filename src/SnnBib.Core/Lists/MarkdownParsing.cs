using Markdig;
using Markdig.Syntax;

namespace SnnBib.Core.Lists;

/// <summary>Markdig parsing with the reader's limits: a size cap and a clear error for absurd nesting.</summary>
internal static class MarkdownParsing
{
    /// <summary>Far above any real list (the seed is ~30 KB); stops a runaway input from exhausting memory.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    public static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline)
    {
        if (markdown.Length > MaxLength)
        {
            throw new InvalidDataException($"the list is {markdown.Length} characters long; at most {MaxLength} are read");
        }

        try
        {
            return Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig refuses documents nested deeper than its limit; say so in one line instead of a stack trace.
            throw new InvalidDataException("the list's Markdown is nested too deeply to read (" + e.Message + ")", e);
        }
    }
}
