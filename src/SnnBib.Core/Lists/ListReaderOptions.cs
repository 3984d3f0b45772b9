namespace SnnBib.Core.Lists;

public sealed record ListReaderOptions
{
    /// <summary>
    /// Headings whose items are papers (case-insensitive substring match against any enclosing heading).
    /// Empty: decide automatically (a "Papers" heading when the list has one, otherwise every list item
    /// that is not under a heading such as Books, Frameworks, Repositories, Tools, Others, Contents, News).
    /// </summary>
    public IReadOnlyList<string> Sections { get; init; } = [];
}
