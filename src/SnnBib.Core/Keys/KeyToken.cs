namespace SnnBib.Core.Keys;

/// <summary>One placeholder of a key format.</summary>
public enum KeyToken
{
    /// <summary>{auth}: first author's family name, ASCII-folded, lower case, letters only.</summary>
    Auth,

    /// <summary>{Auth}: as {auth} with a capital first letter.</summary>
    AuthCapitalised,

    /// <summary>{year}: the four-digit year (empty when unknown).</summary>
    Year,

    /// <summary>{title}: the first significant title word, lower case.</summary>
    Title,

    /// <summary>{Title}: as {title} with a capital first letter.</summary>
    TitleCapitalised,

    /// <summary>{shorttitle}: the first three significant title words, each capitalised, joined.</summary>
    ShortTitle,
}
