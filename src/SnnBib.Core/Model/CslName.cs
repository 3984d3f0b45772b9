namespace SnnBib.Core.Model;

/// <summary>A CSL name: family + given for people, literal for organisations or unparsable names.</summary>
public sealed record CslName(string? Family, string? Given, string? Literal = null)
{
    public static CslName Person(string family, string? given) => new(family, string.IsNullOrWhiteSpace(given) ? null : given);

    public static CslName Organisation(string literal) => new(null, null, literal);

    /// <summary>Family name, or the literal when there is no family name.</summary>
    public string SortName => Family ?? Literal ?? string.Empty;
}
