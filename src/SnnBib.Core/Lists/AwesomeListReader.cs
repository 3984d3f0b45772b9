using Markdig.Syntax;

namespace SnnBib.Core.Lists;

/// <summary>Reads paper entries from an awesome list by walking Markdig's syntax tree.</summary>
public static class AwesomeListReader
{
    /// <summary>
    /// The entries (list items, numbered items, table rows) under the list's paper sections, in list order, with the
    /// warnings worth a user's attention. Throws <see cref="InvalidDataException"/> when the whole file cannot be read.
    /// </summary>
    public static ListReadResult Read(string markdown, ListReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var pipeline = MarkdownParsing.Pipeline;
        var document = MarkdownParsing.Parse(markdown, pipeline);
        var hasPapersHeading = document.Descendants<HeadingBlock>()
            .Any(h => PaperSectionFilter.IsPapersHeading(ListDocumentWalker.HeadingText(h)));
        var walker = new ListDocumentWalker(pipeline, new PaperSectionFilter(options ?? new ListReaderOptions(), hasPapersHeading));
        walker.Walk(document);
        return walker.Result;
    }
}
