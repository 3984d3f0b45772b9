using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Arxiv;

/// <summary>
/// Splits a display name ("Peter H. N. de With") into CSL family and given parts. arXiv and OpenReview only give display
/// names, so this is a rule, not knowledge:
/// <list type="number">
/// <item>Whitespace is collapsed and a trailing parenthesised affiliation ("Jane Doe (MIT)") is dropped.</item>
/// <item>Names naming a group (Collaboration, Consortium, Team, Group, Project, Committee, Society, Association, Initiative)
/// become literal names.</item>
/// <item>"Family, Given" (a comma) is taken as written.</item>
/// <item>Otherwise the last word is the family name, extended leftwards over name particles: lower-case ones anywhere
/// ("van der Putten", "de With", "dos Santos") and capitalised ones except in first position ("Del Maestro", "Van Hove";
/// but "Di Wang" keeps "Di" as a given name). Particles stay inside the family name (CSL's non-dropping particle).</item>
/// <item>A generational suffix (Jr., Sr., II, III, IV) stays with the family name ("Smith Jr."), so it is neither lost nor
/// mistaken for an initial.</item>
/// <item>A single word is a family name without given name.</item>
/// </list>
/// Multi-word family names without particles ("Schouhamer Immink") cannot be told from middle names and come out as
/// given + family; the merge step prefers publisher records, which carry the split explicitly.
/// </summary>
public static class AuthorNameSplitter
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "der", "den", "de", "del", "della", "delle", "dello", "degli", "di", "da", "das", "dos", "do",
        "du", "la", "le", "les", "lo", "ter", "ten", "te", "op", "zu", "zum", "zur", "af", "av", "d'", "l'",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV",
    };

    private static readonly string[] GroupWords =
    [
        "collaboration", "consortium", "team", "group", "project", "committee", "society", "association", "initiative",
    ];

    public static CslName Split(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        var name = StripAffiliation(string.Join(' ', displayName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        if (name.Length == 0)
        {
            return CslName.Organisation(displayName.Trim());
        }

        var words = name.Split(' ');
        if (words.Any(w => GroupWords.Contains(w.Trim(',', '.').ToLowerInvariant())))
        {
            return CslName.Organisation(name);
        }

        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma < name.Length - 1)
        {
            return CslName.Person(name[..comma].Trim(), name[(comma + 1)..].Trim());
        }

        var end = words.Length;
        var suffix = string.Empty;
        if (end > 2 && Suffixes.Contains(words[end - 1].TrimEnd(',')))
        {
            suffix = " " + words[end - 1].TrimEnd(',');
            end--;
            words[end - 1] = words[end - 1].TrimEnd(',');
        }

        if (end == 1)
        {
            return CslName.Person(words[0] + suffix, null);
        }

        var familyStart = end - 1;
        while (familyStart > 0 && IsParticle(words[familyStart - 1], familyStart - 1))
        {
            familyStart--;
        }

        // A name that is all particles before the last word ("De La Cruz" alone) keeps its first word as the given name.
        if (familyStart == 0)
        {
            familyStart = 1;
        }

        var family = string.Join(' ', words[familyStart..end]) + suffix;
        var given = string.Join(' ', words[..familyStart]);
        return CslName.Person(family, given);
    }

    private static bool IsParticle(string word, int position)
    {
        if (!Particles.Contains(word))
        {
            return false;
        }

        // Lower-case particles are particles anywhere; capitalised ones could be given names in first position ("Di Wang").
        return char.IsLower(word[0]) || position > 0;
    }

    private static string StripAffiliation(string name)
    {
        if (name.EndsWith(')'))
        {
            var open = name.LastIndexOf('(');
            if (open > 0)
            {
                return name[..open].TrimEnd();
            }
        }

        return name;
    }
}
