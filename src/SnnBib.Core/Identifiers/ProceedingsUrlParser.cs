using System.Globalization;
using System.Text.RegularExpressions;

namespace SnnBib.Core.Identifiers;

/// <summary>
/// Reads the venue-specific paper ids that do not resolve to a DOI by themselves: IEEE Xplore document numbers,
/// CVF open-access papers, NeurIPS proceedings hashes, PMLR volume + key, and ICML virtual-site posters.
/// </summary>
internal static partial class ProceedingsUrlParser
{
    public static PaperIdentifier? FromUrl(UrlParts url) =>
        url.IsHost("ieeexplore.ieee.org") ? FromIeee(url)
        : url.IsHost("openaccess.thecvf.com") ? FromCvf(url)
        : url.IsHost("neurips.cc") || url.IsHost("nips.cc") ? FromNeurIps(url)
        : url.IsHost("proceedings.mlr.press") ? FromPmlr(url)
        : url.IsHost("icml.cc") ? FromIcml(url)
        : null;

    // ieeexplore.ieee.org/document/N, /abstract/document/N, /stamp/stamp.jsp?arnumber=N, /xpl/articleDetails.jsp?arnumber=N
    private static IeeeXploreId? FromIeee(UrlParts url)
    {
        for (var i = 0; i < url.Segments.Count - 1; i++)
        {
            if (url.Segments[i].Equals("document", StringComparison.OrdinalIgnoreCase)
                && DocumentNumber().IsMatch(url.Segments[i + 1]))
            {
                return new IeeeXploreId(url.Segments[i + 1]);
            }
        }

        var arnumber = url.QueryValue("arnumber");
        return arnumber is not null && DocumentNumber().IsMatch(arnumber) ? new IeeeXploreId(arnumber) : null;
    }

    // content/ICCV2023/papers/X_paper.pdf, content/CVPR2021W/html/X_paper.html, content_cvpr_2018/papers/X.pdf,
    // content_cvpr_2017_workshops/w12/papers/X.pdf. The pdf and html pages share a stem, so the stem names the paper.
    private static CvfPaperId? FromCvf(UrlParts url)
    {
        var folder = url.Segment(0) ?? string.Empty;
        Match venue;
        if (folder.Equals("content", StringComparison.OrdinalIgnoreCase))
        {
            venue = CvfVenueFolder().Match(url.Segment(1) ?? string.Empty);
        }
        else
        {
            venue = CvfOldFolder().Match(folder);
        }

        var file = url.Segments.Count >= 3 ? url.Segments[^1] : string.Empty;
        var directory = url.Segments.Count >= 3 ? url.Segments[^2] : string.Empty;
        var stem = CvfFile().Match(file);
        if (!venue.Success || !stem.Success
            || !(directory.Equals("papers", StringComparison.OrdinalIgnoreCase)
                 || directory.Equals("html", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var name = venue.Groups["venue"].Value.ToUpperInvariant() + (venue.Groups["workshop"].Success ? "W" : string.Empty);
        var year = int.Parse(venue.Groups["year"].Value, CultureInfo.InvariantCulture);
        return new CvfPaperId(name, year, stem.Groups["stem"].Value);
    }

    // proceedings.neurips.cc/paper/2021/file/HASH-Paper.pdf, /paper_files/paper/2022/hash/HASH-Abstract-Conference.html
    private static NeurIpsPaperId? FromNeurIps(UrlParts url)
    {
        for (var i = 0; i + 2 < url.Segments.Count; i++)
        {
            if (Year().IsMatch(url.Segments[i])
                && url.Segments[i + 1] is "file" or "hash"
                && NeurIpsFile().Match(url.Segments[i + 2]) is { Success: true } file)
            {
                var year = int.Parse(url.Segments[i], CultureInfo.InvariantCulture);
                return new NeurIpsPaperId(year, file.Groups["hash"].Value.ToLowerInvariant());
            }
        }

        return null;
    }

    // proceedings.mlr.press/v162/chen22ac.html, /v162/chen22ac/chen22ac.pdf
    private static PmlrPaperId? FromPmlr(UrlParts url)
    {
        var volume = PmlrVolume().Match(url.Segment(0) ?? string.Empty);
        var key = PmlrKey().Match(url.Segment(1) ?? string.Empty);
        if (!volume.Success || !key.Success || url.Segments.Count > 3)
        {
            return null;
        }

        return new PmlrPaperId(int.Parse(volume.Groups["volume"].Value, CultureInfo.InvariantCulture), key.Groups["key"].Value);
    }

    // icml.cc/virtual/2024/poster/35073 (orals and other events have numbers of their own, so only posters count)
    private static IcmlPosterId? FromIcml(UrlParts url)
    {
        if (url.Segments.Count != 4
            || !url.Segments[0].Equals("virtual", StringComparison.OrdinalIgnoreCase)
            || !Year().IsMatch(url.Segments[1])
            || !url.Segments[2].Equals("poster", StringComparison.OrdinalIgnoreCase)
            || !PosterNumber().IsMatch(url.Segments[3]))
        {
            return null;
        }

        return new IcmlPosterId(int.Parse(url.Segments[1], CultureInfo.InvariantCulture), url.Segments[3]);
    }

    [GeneratedRegex(@"^\d{1,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"^(?<venue>[A-Za-z]+?)(?<year>(?:19|20)\d{2})(?<workshop>W)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CvfVenueFolder();

    [GeneratedRegex(@"^content_(?<venue>[A-Za-z]+)_(?<year>(?:19|20)\d{2})(?<workshop>_workshops)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CvfOldFolder();

    [GeneratedRegex(@"^(?<stem>[^/]+)\.(?:pdf|html)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CvfFile();

    [GeneratedRegex(@"^(?:19|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<hash>[0-9a-fA-F]{32})-[A-Za-z_-]+\.(?:pdf|html)$", RegexOptions.CultureInvariant)]
    private static partial Regex NeurIpsFile();

    [GeneratedRegex(@"^v(?<volume>\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex PmlrVolume();

    [GeneratedRegex(@"^(?<key>[a-z][a-z0-9_-]*?)(?:\.html|\.pdf)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PmlrKey();

    [GeneratedRegex(@"^\d{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex PosterNumber();
}
