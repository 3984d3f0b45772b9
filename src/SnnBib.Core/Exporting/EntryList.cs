using System.Text;
using SnnBib.Core.Model;

namespace SnnBib.Core.Exporting;

/// <summary>The shape every text format shares: one block per record, in list order, a blank line between blocks.</summary>
internal static class EntryList
{
    public static string Write(IReadOnlyList<PaperRecord> records, Action<ExportedRecord, StringBuilder> writeOne)
    {
        ArgumentNullException.ThrowIfNull(records);
        var sb = new StringBuilder();
        for (var i = 0; i < records.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            writeOne(ExportedRecord.From(records[i]), sb);
        }

        return sb.ToString();
    }
}
