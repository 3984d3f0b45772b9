using System.Text.RegularExpressions;

namespace SnnBib.Core.Exporting;

/// <summary>CSL "page" values ("123-145", "123–145", "e1234") split into first and last page.</summary>
public static partial class PageRange
{
    /// <summary>First and last page; Last is null for a single page or article number.</summary>
    public static (string First, string? Last) Split(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var m = Range().Match(page.Trim());
        return m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : (page.Trim(), null);
    }

    /// <summary>The BibTeX form: an en dash "--" between first and last page.</summary>
    public static string ToBibTex(string page)
    {
        var (first, last) = Split(page);
        return last is null ? first : $"{first}--{last}";
    }

    [GeneratedRegex(@"^([^\s\-–—]+)\s*(?:-{1,2}|–|—)\s*([^\s\-–—]+)$")]
    private static partial Regex Range();
}
