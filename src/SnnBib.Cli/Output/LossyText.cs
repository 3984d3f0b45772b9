using SnnBib.Core.Exporting;
using SnnBib.Core.Model;

namespace SnnBib.Cli.Output;

/// <summary>Says where classic BibTeX had to write "?" for a character it cannot carry, so nothing is lost unseen.</summary>
internal static class LossyText
{
    public static IEnumerable<string> Warnings(IReadOnlyList<PaperRecord> records)
    {
        foreach (var record in records)
        {
            var item = record.Item;
            var texts = new[] { item.Title, item.ContainerTitle, item.EventTitle, item.Publisher }
                .Concat(item.Author.SelectMany(a => new[] { a.Family, a.Given, a.Literal }))
                .OfType<string>();
            var lost = texts.SelectMany(BibTexEscaper.Unwritable).Distinct().ToList();
            if (lost.Count > 0)
            {
                yield return $"warning: {item.Id}: classic BibTeX cannot write {string.Join(" ", lost.Take(12))} (written as \"?\"); " +
                    "--format biblatex keeps them";
            }
        }
    }
}
