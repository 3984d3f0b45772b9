using System.Text.RegularExpressions;
using SnnBib.Core.Exporting;
using SnnBib.Core.Model;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Exporting;

public sealed partial class RisWriterTests
{
    private static readonly string Ris = new RisWriter().Write(HardCaseRecords.All, new ExportOptions());

    [Fact]
    public void EveryRecord_StartsWithTy_AndEndsWithEr()
    {
        var records = Records(Ris);
        Assert.Equal(HardCaseRecords.All.Count, records.Count);
        Assert.All(records, r =>
        {
            Assert.Equal("TY", r[0].Tag);
            Assert.Equal("ER", r[^1].Tag);
            Assert.Single(r, t => t.Tag == "TY");
        });
    }

    [Fact]
    public void EveryLine_IsATagLine_OrAnAbstractContinuation()
    {
        string? last = null;
        foreach (var line in Ris.Split('\n').Where(l => l.Length > 0))
        {
            var m = TagLine().Match(line);
            if (m.Success)
            {
                last = m.Groups[1].Value;
            }
            else
            {
                Assert.Equal("AB", last);
            }
        }
    }

    [Fact]
    public void Authors_OnePerAuTag_FamilyCommaGiven()
    {
        foreach (var (record, tags) in HardCaseRecords.All.Zip(Records(Ris)))
        {
            var au = tags.Where(t => t.Tag == "AU").Select(t => t.Value).ToList();
            Assert.Equal(
                record.Item.Author.Select(a => a.Family is null ? a.Literal : $"{a.Family}, {a.Given}"),
                au);
        }
    }

    [Fact]
    public void Types_DatesAndVenues_FollowTheRecordKind()
    {
        var records = Records(Ris);
        Assert.Equal(["CONF", "JOUR", "RPRT", "CONF", "CONF", "GEN"], records.Select(r => Value(r, "TY")));
        Assert.Equal(["2024/03//", "2024/03/15/", "2024/01//", "2023/10/02/", "2024///", "1996///"], records.Select(r => Value(r, "DA")));
        Assert.Equal("Proceedings of the AAAI Conference on Artificial Intelligence", Value(records[0], "C3"));
        Assert.Equal("IEEE Transactions on Pattern Analysis and Machine Intelligence", Value(records[1], "T2"));
        Assert.Null(Value(records[1], "JO"));
        Assert.Equal(("1523", "1538"), (Value(records[1], "SP"), Value(records[1], "EP")));
        Assert.Equal(("arXiv", "arXiv:2401.99999"), (Value(records[2], "PB"), Value(records[2], "SN")));
        Assert.Equal("IEEE/CVF International Conference on Computer Vision", Value(records[3], "T2"));
    }

    [Fact]
    public void N1_OnlyForARealNote()
    {
        Assert.DoesNotContain("\nN1  - ", Ris, StringComparison.Ordinal);
        var withNote = HardCaseRecords.All[1] with { Item = HardCaseRecords.All[1].Item with { Note = "Extended version of a workshop paper." } };
        var ris = new RisWriter().Write([withNote], new ExportOptions());
        Assert.Contains("\nN1  - Extended version of a workshop paper.\n", ris, StringComparison.Ordinal);
    }

    [Fact]
    public void AbstractLine_ThatLooksLikeATag_IsJoinedToThePreviousLine()
    {
        var record = HardCaseRecords.All[2] with { Item = HardCaseRecords.All[2].Item with { Abstract = "First line.\nER  - not an end\nLast line." } };
        var ris = new RisWriter().Write([record], new ExportOptions());
        Assert.Contains("AB  - First line. ER - not an end\nLast line.\n", ris, StringComparison.Ordinal);
        Assert.Single(Records(ris));
    }

    [Fact]
    public void OneLineFields_HaveNoLineBreaks()
    {
        var record = HardCaseRecords.All[1] with { Item = HardCaseRecords.All[1].Item with { Title = "Two\nlines\tand  spaces" } };
        Assert.Contains("\nTI  - Two lines and spaces\n", new RisWriter().Write([record], new ExportOptions()), StringComparison.Ordinal);
    }

    private static string? Value(List<(string Tag, string Value)> record, string tag) =>
        record.Where(t => t.Tag == tag).Select(t => t.Value).FirstOrDefault();

    private static List<List<(string Tag, string Value)>> Records(string ris)
    {
        var records = new List<List<(string, string)>>();
        List<(string, string)>? current = null;
        foreach (var line in ris.Split('\n'))
        {
            var m = TagLine().Match(line);
            if (!m.Success)
            {
                continue;
            }

            if (m.Groups[1].Value == "TY")
            {
                current = [];
                records.Add(current);
            }

            current!.Add((m.Groups[1].Value, m.Groups[2].Value));
        }

        return records;
    }

    [GeneratedRegex(@"^([A-Z][A-Z0-9])  - (.*)$")]
    private static partial Regex TagLine();
}
