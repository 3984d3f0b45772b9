namespace SnnBib.Core.Lists;

/// <summary>Reads paper entries from an awesome list by walking Markdig's syntax tree.</summary>
public static class AwesomeListReader
{
    public static ListReadResult Read(string markdown, ListReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        throw new NotImplementedException("TODO(lists helper)");
    }
}
