using System.Text.RegularExpressions;
using SnnBib.Core.Identifiers;
using SnnBib.Core.Venues;

namespace SnnBib.Core.Records;

/// <summary>Reads the venue and year that a paper's identifiers prove, when they prove one.</summary>
public static partial class LinkVenueReader
{
    // PMLR volumes of the ICML proceedings (the volume names the edition; other PMLR volumes are other venues).
    private static readonly Dictionary<int, int> IcmlPmlrVolumes = new()
    {
        [97] = 2019, [119] = 2020, [139] = 2021, [162] = 2022, [202] = 2023, [235] = 2024, [267] = 2025,
    };

    /// <summary>The first identifier, in order, whose URL names its venue and year; null when none does.</summary>
    public static VenueEvidence? Read(IEnumerable<PaperIdentifier> identifiers)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        foreach (var identifier in identifiers)
        {
            if (FromIdentifier(identifier) is { } evidence)
            {
                return evidence;
            }
        }

        return null;
    }

    public static VenueEvidence? FromIdentifier(PaperIdentifier identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return identifier switch
        {
            CvfPaperId cvf => Evidence(cvf.Venue, cvf.Year, cvf),
            NeurIpsPaperId neurips => Evidence("NeurIPS", neurips.Year, neurips),
            IcmlPosterId poster => Evidence("ICML", poster.Year, poster),
            PmlrPaperId pmlr when IcmlPmlrVolumes.TryGetValue(pmlr.Volume, out var year) => Evidence("ICML", year, pmlr),
            DoiId doi when IjcaiDoi().Match(doi.Doi) is { Success: true } m =>
                Evidence("IJCAI", int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), doi),
            _ => null,
        };
    }

    private static VenueEvidence? Evidence(string label, int year, PaperIdentifier source) =>
        VenueCatalog.Find(label) is { } venue ? new VenueEvidence(venue, year, source.Key) : null;

    [GeneratedRegex(@"^10\.24963/ijcai\.((?:19|20)\d{2})/", RegexOptions.IgnoreCase)]
    private static partial Regex IjcaiDoi();
}
