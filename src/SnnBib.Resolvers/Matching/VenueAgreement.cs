using System.Text.RegularExpressions;
using SnnBib.Core.Model;
using SnnBib.Core.Text;
using SnnBib.Core.Venues;

namespace SnnBib.Resolvers.Matching;

/// <summary>
/// Venue agreement between the list's venue label and a record's container or event. Records name venues in many
/// ways ("2021 IEEE/CVF International Conference on Computer Vision (ICCV)", "ICLR 2024", "Proceedings of the AAAI
/// Conference on Artificial Intelligence"): a record's venue is recognised through the venue catalog, by its acronym
/// in parentheses, by its text without years and ordinals, or by its first words. Disagreement needs two different
/// catalog venues; an unrecognised venue (a Springer series holding ECCV) is not evidence against the label.
/// </summary>
public static partial class VenueAgreement
{
    /// <summary>How alike a record's venue name must be to a catalog name (content words, as for titles).</summary>
    private const double NameSimilarity = 0.8;

    public static Agreement Compare(Venue? listed, CslItem record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (listed is null || !listed.IsKnown)
        {
            return Agreement.Unknown;
        }

        var recognised = Recognise(record);
        if (recognised.Count == 0)
        {
            return Agreement.Unknown;
        }

        return recognised.Any(v => v.Name == listed.Name) ? Agreement.Agrees : Agreement.Disagrees;
    }

    /// <summary>The catalog venues a record's event and container name (event first), possibly none.</summary>
    public static IReadOnlyList<Venue> Recognise(CslItem record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var venues = new List<Venue>();
        foreach (var text in new[] { record.EventTitle, record.ContainerTitle })
        {
            if (Recognise(text) is { } venue && !venues.Contains(venue))
            {
                venues.Add(venue);
            }
        }

        return venues;
    }

    /// <summary>The catalog venue a venue name denotes, or null.</summary>
    public static Venue? Recognise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (Match acronym in Parenthesised().Matches(text))
        {
            if (VenueCatalog.Find(acronym.Groups[1].Value) is { } byAcronym)
            {
                return byAcronym;
            }
        }

        var plain = Spaces().Replace(Ordinals().Replace(Parenthesised().Replace(text, " "), " "), " ").Trim(' ', ',', ':', '-');
        if (VenueCatalog.Find(plain) is { } byName)
        {
            return byName;
        }

        // "ICLR 2024 poster", "NeurIPS 2023 Workshop": the first word may be the label.
        var first = plain.Split(' ', 2)[0];
        if (first.Length >= 3 && first.Count(char.IsUpper) >= 2 && VenueCatalog.Find(first) is { } byLabel)
        {
            return byLabel;
        }

        // "Proceedings of the Thirty-Eighth AAAI Conference on Artificial Intelligence": nearly the catalog name.
        var best = VenueCatalog.All
            .Select(v => (Venue: v, Score: TitleSimilarity.Score(plain, v.Name)))
            .OrderByDescending(s => s.Score)
            .First();
        return best.Score >= NameSimilarity ? best.Venue : null;
    }

    [GeneratedRegex(@"\(([^()]{2,20})\)")]
    private static partial Regex Parenthesised();

    /// <summary>Years, ordinals ("38th", "Thirty-Eighth" is left as is) and edition numbers.</summary>
    [GeneratedRegex(@"\b(?:(?:19|20)\d{2}|\d+(?:st|nd|rd|th)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinals();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
