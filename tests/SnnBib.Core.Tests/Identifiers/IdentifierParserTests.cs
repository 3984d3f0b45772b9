using SnnBib.Core.Identifiers;
using Xunit;

namespace SnnBib.Core.Tests.Identifiers;

/// <summary>Every URL rule, with link targets taken from the seed and numbered-style lists where they exist.</summary>
public sealed class IdentifierParserTests
{
    [Theory]
    [InlineData("https://arxiv.org/pdf/2405.04289", "2405.04289", null)]
    [InlineData("https://arxiv.org/pdf/2310.07189.pdf", "2310.07189", null)]
    [InlineData("https://arxiv.org/abs/2403.14302", "2403.14302", null)]
    [InlineData("https://arxiv.org/pdf/2312.07625v2.pdf", "2312.07625", 2)]
    [InlineData("https://arxiv.org/pdf/2310.06232v1.pdf", "2310.06232", 1)]
    [InlineData("https://arxiv.org/abs/2401.01234v3", "2401.01234", 3)]
    [InlineData("https://arxiv.org/html/2402.04663v1", "2402.04663", 1)]
    [InlineData("http://arxiv.org/abs/1805.01352", "1805.01352", null)]
    [InlineData("https://export.arxiv.org/abs/2103.00476", "2103.00476", null)]
    [InlineData("https://ar5iv.labs.arxiv.org/html/2007.05785", "2007.05785", null)]
    [InlineData("https://arxiv.org/abs/0704.0001", "0704.0001", null)]
    [InlineData("https://arxiv.org/abs/1412.6980v9", "1412.6980", 9)]
    [InlineData("https://arxiv.org/abs/math.CA/0611800", "math/0611800", null)]
    [InlineData("https://arxiv.org/pdf/math.CA/0611800v2.pdf", "math/0611800", 2)]
    [InlineData("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001", null)]
    [InlineData("https://arxiv.org/abs/cond-mat.stat-mech/0102536v1", "cond-mat/0102536", 1)]
    [InlineData("https://arxiv.org/abs/2401.01234#S3", "2401.01234", null)]
    [InlineData("https://doi.org/10.48550/arXiv.2312.07559", "2312.07559", null)]
    public void FromUrl_ArxivLink_YieldsIdWithoutVersionAndKeepsVersion(string url, string id, int? version)
    {
        var result = Assert.IsType<ArxivId>(IdentifierParser.FromUrl(url));

        Assert.Equal(id, result.Value);
        Assert.Equal(version, result.Version);
        Assert.Equal("arxiv:" + id, result.Key);
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2401.1234")] // 4-digit number after 2015
    [InlineData("https://arxiv.org/abs/1412.12345")] // 5-digit number before 2015
    [InlineData("https://arxiv.org/abs/2413.01234")] // month 13
    [InlineData("https://arxiv.org/abs/0612.0001")] // before new-style ids began
    [InlineData("https://arxiv.org/abs/notanarchive/0611800")]
    [InlineData("https://arxiv.org/list/cs.NE/recent")]
    [InlineData("https://arxiv.org/")]
    [InlineData("https://notarxiv.org/abs/2401.01234")]
    public void FromUrl_ArxivLookalike_YieldsNothing(string url) =>
        Assert.Null(IdentifierParser.FromUrl(url));

    [Theory]
    [InlineData("https://openreview.net/forum?id=CIj1CVbkpr", "CIj1CVbkpr")]
    [InlineData("https://openreview.net/pdf?id=XrunSYwoLr", "XrunSYwoLr")]
    [InlineData("https://openreview.net/forum?id=k1wlmtPGLq&noteId=p5M9gOLAOf", "k1wlmtPGLq")]
    [InlineData("https://openreview.net/forum?noteId=p5M9gOLAOf&id=k1wlmtPGLq", "k1wlmtPGLq")]
    [InlineData("https://openreview.net/forum?id=frE4fUwz_h", "frE4fUwz_h")]
    [InlineData("https://openreview.net/forum?id=7B3IJMM1k_M", "7B3IJMM1k_M")]
    [InlineData("https://openreview.net/forum?id=eoSeaK4QJo&referrer=%5Bthe%20profile%20of%20Zecheng%20Hao%5D(%2Fprofile%3Fid%3D~Zecheng_Hao1)", "eoSeaK4QJo")]
    public void FromUrl_OpenReviewLink_YieldsCaseSensitiveForumId(string url, string id)
    {
        var result = Assert.IsType<OpenReviewId>(IdentifierParser.FromUrl(url));

        Assert.Equal(id, result.Value);
    }

    [Theory]
    [InlineData("https://openreview.net/group?id=ICLR.cc/2024/Conference")]
    [InlineData("https://openreview.net/profile?id=~Zecheng_Hao1")]
    [InlineData("https://openreview.net/forum")]
    [InlineData("https://openreview.net/pdf/6a3f0c1d2e.pdf")]
    public void FromUrl_OpenReviewPageThatIsNoPaper_YieldsNothing(string url) =>
        Assert.Null(IdentifierParser.FromUrl(url));

    [Theory]
    [InlineData("https://www.science.org/doi/10.1126/sciadv.adi1480", "10.1126/sciadv.adi1480")]
    [InlineData("https://www.science.org/doi/abs/10.1126/sciadv.adi1480", "10.1126/sciadv.adi1480")]
    [InlineData("https://www.frontiersin.org/journals/neuroscience/articles/10.3389/fnins.2024.1371290/full", "10.3389/fnins.2024.1371290")]
    [InlineData("https://www.frontiersin.org/articles/10.3389/fnins.2018.00774/full", "10.3389/fnins.2018.00774")]
    [InlineData("https://www.frontiersin.org/articles/10.3389/fnbot.2018.00056/abstract", "10.3389/fnbot.2018.00056")]
    [InlineData("https://www.frontiersin.org/articles/10.3389/fncom.2010.00019/pdf", "10.3389/fncom.2010.00019")]
    [InlineData("https://doi.org/10.1109/TPAMI.2023.3241201", "10.1109/tpami.2023.3241201")]
    [InlineData("https://dx.doi.org/10.1038/nature14539", "10.1038/nature14539")]
    [InlineData("http://dx.doi.org/10.1109%2FTNNLS.2021.3111897", "10.1109/tnnls.2021.3111897")]
    [InlineData("https://doi.org/10.1016/0006-8993(91)90227-F", "10.1016/0006-8993(91)90227-f")]
    [InlineData("https://doi.org/10.1126/sciadv.adi1480.", "10.1126/sciadv.adi1480")]
    [InlineData("https://link.springer.com/article/10.1007/s11263-020-01377-0", "10.1007/s11263-020-01377-0")]
    [InlineData("https://link.springer.com/chapter/10.1007/978-3-031-20083-0_3", "10.1007/978-3-031-20083-0_3")]
    [InlineData("https://link.springer.com/content/pdf/10.1007/s11263-020-01377-0.pdf", "10.1007/s11263-020-01377-0")]
    [InlineData("https://dl.acm.org/doi/abs/10.1145/3123939.3124545", "10.1145/3123939.3124545")]
    [InlineData("https://www.nature.com/articles/s41467-022-31747-w", "10.1038/s41467-022-31747-w")]
    [InlineData("https://www.nature.com/articles/s41586-019-1677-2", "10.1038/s41586-019-1677-2")]
    [InlineData("https://www.nature.com/articles/s41467-022-31747-w.pdf", "10.1038/s41467-022-31747-w")]
    [InlineData("https://www.nature.com/articles/nature14539", "10.1038/nature14539")]
    [InlineData("https://www.nature.com/articles/srep16696", "10.1038/srep16696")]
    [InlineData("https://www.ijcai.org/proceedings/2023/0344.pdf", "10.24963/ijcai.2023/344")]
    [InlineData("https://www.ijcai.org/proceedings/2023/0335.pdf", "10.24963/ijcai.2023/335")]
    [InlineData("https://www.ijcai.org/proceedings/2022/0343", "10.24963/ijcai.2022/343")]
    [InlineData("https://www.ijcai.org/Proceedings/2019/0010.pdf", "10.24963/ijcai.2019/10")]
    [InlineData("https://www.biorxiv.org/content/10.1101/2020.06.17.156513v1", "10.1101/2020.06.17.156513")]
    [InlineData("https://www.biorxiv.org/content/10.1101/2020.06.17.156513v2.full.pdf", "10.1101/2020.06.17.156513")]
    public void FromUrl_LinkCarryingDoi_YieldsLowerCaseDoiWithoutViewSuffix(string url, string doi)
    {
        var result = Assert.IsType<DoiId>(IdentifierParser.FromUrl(url));

        Assert.Equal(doi, result.Value);
    }

    [Theory]
    [InlineData("https://www.ijcai.org/proceedings/2016/0123.pdf")] // IJCAI DOIs start with the 2017 proceedings
    [InlineData("https://www.nature.com/subjects/neuroscience")]
    [InlineData("https://www.sciencedirect.com/science/article/abs/pii/S0893608019303193")] // a PII, not a DOI
    [InlineData("https://github.com/someone/10.1109/tpami.2023.1")]
    [InlineData("https://doi.org/not-a-doi")]
    public void FromUrl_NoDerivableDoi_YieldsNothing(string url) =>
        Assert.Null(IdentifierParser.FromUrl(url));

    [Theory]
    [InlineData("https://ieeexplore.ieee.org/abstract/document/10032591", "10032591")]
    [InlineData("https://ieeexplore.ieee.org/document/7280696", "7280696")]
    [InlineData("https://ieeexplore.ieee.org/document/7280696/figures#figures", "7280696")]
    [InlineData("https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10032591", "10032591")]
    [InlineData("https://ieeexplore.ieee.org/xpl/articleDetails.jsp?arnumber=7280696", "7280696")]
    public void FromUrl_IeeeXploreLink_YieldsDocumentNumber(string url, string number)
    {
        var result = Assert.IsType<IeeeXploreId>(IdentifierParser.FromUrl(url));

        Assert.Equal(number, result.DocumentNumber);
    }

    [Theory]
    [InlineData("https://openaccess.thecvf.com/content/ICCV2023/papers/Guo_Membrane_Potential_Batch_Normalization_for_Spiking_Neural_Networks_ICCV_2023_paper.pdf", "ICCV", 2023, "Guo_Membrane_Potential_Batch_Normalization_for_Spiking_Neural_Networks_ICCV_2023_paper")]
    [InlineData("https://openaccess.thecvf.com/content/ICCV2023/html/Guo_Membrane_Potential_Batch_Normalization_for_Spiking_Neural_Networks_ICCV_2023_paper.html", "ICCV", 2023, "Guo_Membrane_Potential_Batch_Normalization_for_Spiking_Neural_Networks_ICCV_2023_paper")]
    [InlineData("https://openaccess.thecvf.com/content/CVPR2023/papers/Bu_Rate_Gradient_Approximation_Attack_Threats_Deep_Spiking_Neural_Networks_CVPR_2023_paper.pdf", "CVPR", 2023, "Bu_Rate_Gradient_Approximation_Attack_Threats_Deep_Spiking_Neural_Networks_CVPR_2023_paper")]
    [InlineData("https://openaccess.thecvf.com/content/ICCV2021/papers/Yao_Temporal-Wise_Attention_Spiking_Neural_Networks_for_Event_Streams_Classification_ICCV_2021_paper.pdf", "ICCV", 2021, "Yao_Temporal-Wise_Attention_Spiking_Neural_Networks_for_Event_Streams_Classification_ICCV_2021_paper")]
    [InlineData("https://openaccess.thecvf.com/content/CVPR2021W/EventVision/papers/Some_Paper_CVPRW_2021_paper.pdf", "CVPRW", 2021, "Some_Paper_CVPRW_2021_paper")]
    [InlineData("https://openaccess.thecvf.com/content_cvpr_2018/papers/Some_Paper_CVPR_2018_paper.pdf", "CVPR", 2018, "Some_Paper_CVPR_2018_paper")]
    [InlineData("https://openaccess.thecvf.com/content_ECCV_2018/html/Some_Paper_ECCV_2018_paper.html", "ECCV", 2018, "Some_Paper_ECCV_2018_paper")]
    public void FromUrl_CvfOpenAccessLink_YieldsVenueYearAndFileStem(string url, string venue, int year, string stem)
    {
        var result = Assert.IsType<CvfPaperId>(IdentifierParser.FromUrl(url));

        Assert.Equal(venue, result.Venue);
        Assert.Equal(year, result.Year);
        Assert.Equal(stem, result.FileName);
    }

    [Fact]
    public void FromUrl_CvfSupplementalOrIndexPage_YieldsNothing()
    {
        Assert.Null(IdentifierParser.FromUrl("https://openaccess.thecvf.com/content/ICCV2023/supplemental/Guo_Membrane_ICCV_2023_supplemental.pdf"));
        Assert.Null(IdentifierParser.FromUrl("https://openaccess.thecvf.com/ICCV2023?day=all"));
    }

    [Theory]
    [InlineData("https://proceedings.neurips.cc/paper_files/paper/2022/file/010c5ba0cafc743fece8be02e7adb8dd-Paper-Conference.pdf", 2022, "010c5ba0cafc743fece8be02e7adb8dd")]
    [InlineData("https://proceedings.neurips.cc/paper_files/paper/2022/hash/de2ad3ed44ee4e675b3be42aa0b615d0-Abstract-Conference.html", 2022, "de2ad3ed44ee4e675b3be42aa0b615d0")]
    [InlineData("https://proceedings.neurips.cc/paper/2021/file/afe434653a898da20044041262b3ac74-Paper.pdf", 2021, "afe434653a898da20044041262b3ac74")]
    [InlineData("https://papers.nips.cc/paper/2021/hash/61f2585b0ebcf1f532c4d1ec9a7d51aa-Abstract.html", 2021, "61f2585b0ebcf1f532c4d1ec9a7d51aa")]
    public void FromUrl_NeurIpsProceedingsLink_YieldsYearAndHash(string url, int year, string hash)
    {
        var result = Assert.IsType<NeurIpsPaperId>(IdentifierParser.FromUrl(url));

        Assert.Equal(year, result.Year);
        Assert.Equal(hash, result.Hash);
    }

    [Fact]
    public void FromUrl_NeurIpsPdfAndAbstractPage_NameTheSamePaper() =>
        Assert.Equal(
            IdentifierParser.FromUrl("https://proceedings.neurips.cc/paper_files/paper/2022/file/de2ad3ed44ee4e675b3be42aa0b615d0-Paper-Conference.pdf"),
            IdentifierParser.FromUrl("https://proceedings.neurips.cc/paper_files/paper/2022/hash/de2ad3ed44ee4e675b3be42aa0b615d0-Abstract-Conference.html"));

    [Theory]
    [InlineData("https://proceedings.mlr.press/v162/chen22ac.html", 162, "chen22ac")]
    [InlineData("https://proceedings.mlr.press/v162/chen22ac/chen22ac.pdf", 162, "chen22ac")]
    [InlineData("http://proceedings.mlr.press/v139/li21d.html", 139, "li21d")]
    public void FromUrl_PmlrLink_YieldsVolumeAndKey(string url, int volume, string key)
    {
        var result = Assert.IsType<PmlrPaperId>(IdentifierParser.FromUrl(url));

        Assert.Equal(volume, result.Volume);
        Assert.Equal(key, result.PaperKey);
        Assert.Equal($"pmlr:v{volume}/{key}", result.Key);
    }

    [Theory]
    [InlineData("https://icml.cc/virtual/2024/poster/35073", 2024, "35073")]
    [InlineData("https://icml.cc/virtual/2024/poster/33505", 2024, "33505")]
    [InlineData("https://icml.cc/virtual/2023/poster/24512", 2023, "24512")]
    public void FromUrl_IcmlVirtualPoster_YieldsYearAndNumber(string url, int year, string number)
    {
        var result = Assert.IsType<IcmlPosterId>(IdentifierParser.FromUrl(url));

        Assert.Equal(year, result.Year);
        Assert.Equal(number, result.PosterNumber);
    }

    [Theory]
    [InlineData("https://icml.cc/virtual/2024/oral/35500")]
    [InlineData("https://icml.cc/Conferences/2024")]
    [InlineData("https://github.com/AmazingDD/EC-SNN")]
    [InlineData("https://igi-web.tugraz.at/PDF/85a.pdf")]
    [InlineData("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3187646/")]
    [InlineData("https://neuronaldynamics.epfl.ch/")]
    [InlineData("Learning A Spiking Neural Network for Efficient Image Deraining")]
    [InlineData("#papers")]
    [InlineData("ftp://arxiv.org/abs/2401.01234")]
    [InlineData("arxiv.org/abs/2401.01234")]
    [InlineData("")]
    public void FromUrl_UrlWithoutPaperIdentifier_YieldsNothing(string url) =>
        Assert.Null(IdentifierParser.FromUrl(url));

    [Theory]
    [InlineData("https://arxiv.org/abs/2103.00476", "https://arxiv.org/pdf/2103.00476v2.pdf")]
    [InlineData("https://openreview.net/forum?id=eoSeaK4QJo", "https://openreview.net/pdf?id=eoSeaK4QJo")]
    [InlineData("https://doi.org/10.1126/SCIADV.ADI1480", "https://www.science.org/doi/full/10.1126/sciadv.adi1480")]
    public void FromUrl_DifferentLinksToOnePaper_HaveTheSameKey(string first, string second) =>
        Assert.Equal(IdentifierParser.FromUrl(first)!.Key, IdentifierParser.FromUrl(second)!.Key);
}
