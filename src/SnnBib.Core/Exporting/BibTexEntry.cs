using System.Text;

namespace SnnBib.Core.Exporting;

/// <summary>An entry ready to print: "@type{key," then one "  name = {value}," line per non-empty field, "}".</summary>
public sealed record BibTexEntry(string Type, string Key, IReadOnlyList<BibTexField> Fields)
{
    public void WriteTo(StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(sb);
        sb.Append('@').Append(Type).Append('{').Append(Key).Append(",\n");
        var fields = Fields.Where(f => f.Value.Length > 0).ToList();
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            sb.Append("  ").Append(f.Name).Append(" = ");
            sb.Append(f.IsMacro ? f.Value : "{" + f.Value + "}");
            sb.Append(i < fields.Count - 1 ? ",\n" : "\n");
        }

        sb.Append("}\n");
    }
}
