using System.Globalization;
using System.Text.RegularExpressions;

namespace SnnBib.Core.Lists;

/// <summary>
/// Where the walker is in the document: the enclosing headings (Markdown headings and &lt;details&gt; summaries),
/// the current group (a bold paragraph such as **Review**, or a bullet that only heads nested bullets).
/// </summary>
internal sealed partial class SectionState
{
    // <details> sections sit below every Markdown heading level so that a real heading closes them.
    private const int DetailsBaseLevel = 7;

    private readonly List<Section> _stack = [];
    private string? _boldGroup;

    /// <summary>A bullet that holds nested bullets and nothing else ("- Conversion" above its papers).</summary>
    public string? ItemGroup { get; set; }

    public IReadOnlyList<string> Headings => _stack.Where(s => s.Text.Length > 0).Select(s => s.Text).ToArray();

    /// <summary>The nearest group: the item group, else the bold paragraph since the last heading, else the heading.</summary>
    public string? Group => ItemGroup ?? _boldGroup ?? Headings.LastOrDefault();

    /// <summary>The year of the nearest enclosing group or heading that names exactly one year (not "Before 2020").</summary>
    public int? Year
    {
        get
        {
            IEnumerable<string?> candidates = [ItemGroup, _boldGroup, .. Headings.Reverse()];
            foreach (var text in candidates)
            {
                if (text is not null && !OpenRange().IsMatch(text) && YearPattern().Matches(text) is { Count: 1 } years)
                {
                    return int.Parse(years[0].Value, CultureInfo.InvariantCulture);
                }
            }

            return null;
        }
    }

    public void PushHeading(int level, string text)
    {
        while (_stack.Count > 0 && _stack[^1].Level >= level)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        _stack.Add(new Section(level, text, IsDetails: false, SavedGroup: null));
        _boldGroup = null;
    }

    public void SetBoldGroup(string text) => _boldGroup = text;

    public void OpenDetails()
    {
        var level = Math.Max(DetailsBaseLevel - 1, _stack.Count > 0 ? _stack[^1].Level : 0) + 1;
        _stack.Add(new Section(level, string.Empty, IsDetails: true, SavedGroup: _boldGroup));
        _boldGroup = null;
    }

    /// <summary>Names the innermost open &lt;details&gt; (its &lt;summary&gt;); ignored outside one.</summary>
    public void NameDetails(string summary)
    {
        var index = _stack.FindLastIndex(s => s.IsDetails);
        if (index >= 0)
        {
            _stack[index] = _stack[index] with { Text = summary };
            _boldGroup = null;
        }
    }

    public void CloseDetails()
    {
        var index = _stack.FindLastIndex(s => s.IsDetails);
        if (index < 0)
        {
            return; // a stray </details> closes nothing
        }

        _boldGroup = _stack[index].SavedGroup;
        _stack.RemoveRange(index, _stack.Count - index);
    }

    private sealed record Section(int Level, string Text, bool IsDetails, string? SavedGroup);

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:19|20)\d{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    // "Before 2020", "2018 and earlier", "Pre-2015": the year bounds the section, it does not date its papers.
    [GeneratedRegex(@"\b(?:before|after|earlier|older|prior|pre|since|until|till|later|up to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenRange();
}
