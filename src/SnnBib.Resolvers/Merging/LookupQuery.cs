using System.Text.Json.Serialization;
using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Core.Text;

namespace SnnBib.Resolvers.Merging;

/// <summary>
/// What one source was asked about one paper. <see cref="Key"/> names the question in the cache: a cached answer
/// is reused only for the same question (a changed link or title in the list asks a new one).
/// </summary>
/// <param name="Value">The identifier key ("arxiv:2401.01234") or the normalised title, with "@year" when a year was given.</param>
public sealed record LookupQuery(SourceName Source, LookupKind Kind, string Value)
{
    [JsonIgnore]
    public string Key => $"{Source.ToString().ToLowerInvariant()}|{Kind.ToString().ToLowerInvariant()}|{Value}";

    public static LookupQuery ForIdentifier(SourceName source, PaperIdentifier identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return new(source, LookupKind.Identifier, identifier.Key);
    }

    public static LookupQuery ForTitle(SourceName source, string title, int? year)
    {
        ArgumentNullException.ThrowIfNull(title);
        var normalized = TitleNormalizer.Normalize(title);
        return new(source, LookupKind.Title, year is null ? normalized : $"{normalized}@{year}");
    }

    public override string ToString() => Key;
}
