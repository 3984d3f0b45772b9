using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SnnBib.Core.Exporting;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Exporting;

public sealed class CslJsonWriterTests
{
    private static readonly string Json = new CslJsonWriter().Write(HardCaseRecords.All, new ExportOptions());

    // Built once: the schema registers its $id globally, and a second registration of the same id is not wanted.
    private static readonly Lazy<JsonSchema> CslSchema = new(() => JsonSchema.FromText(SharedFolder.ReadText("schemas", "csl-data.json")));

    [SkippableFact]
    public void HardCases_AreValidAgainstTheCslDataSchema()
    {
        Skip.IfNot(SharedFolder.Exists, SharedFolder.MissingReason);
        var schema = CslSchema.Value;
        using var doc = JsonDocument.Parse(Json);
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, JsonSerializer.Serialize(result));
    }

    [SkippableFact]
    public void Schema_RejectsAFieldOutsideCsl_SoTheCheckCanFail()
    {
        Skip.IfNot(SharedFolder.Exists, SharedFolder.MissingReason);
        var schema = CslSchema.Value;
        var broken = JsonNode.Parse(Json)!;
        broken[0]!["arxiv-id"] = "2312.99999";
        using var doc = JsonDocument.Parse(broken.ToJsonString());
        Assert.False(schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid);
    }

    [Fact]
    public void Items_CarryKeysTitlesAuthorsAndDatesExactly()
    {
        using var doc = JsonDocument.Parse(Json);
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(HardCaseRecords.All.Count, items.Count);
        foreach (var (item, record) in items.Zip(HardCaseRecords.All))
        {
            Assert.Equal(record.Item.CitationKey, item.GetProperty("citation-key").GetString());
            Assert.Equal(record.Item.CitationKey, item.GetProperty("id").GetString());
            Assert.Equal(record.Item.Title, item.GetProperty("title").GetString());
            var authors = item.TryGetProperty("author", out var a) ? a.EnumerateArray().ToList() : [];
            Assert.Equal(record.Item.Author.Count, authors.Count);
            Assert.Equal(record.Item.Issued!.Year, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        }
    }

    [Fact]
    public void Preprint_IsArticle_WithArxivNumberAndPublisher()
    {
        using var doc = JsonDocument.Parse(Json);
        var preprint = doc.RootElement[2];
        Assert.Equal("article", preprint.GetProperty("type").GetString());
        Assert.Equal("arXiv:2401.99999", preprint.GetProperty("number").GetString());
        Assert.Equal("arXiv", preprint.GetProperty("publisher").GetString());
    }

    [Fact]
    public void Text_IsWrittenAsUtf8_NotEscaped()
    {
        Assert.Contains("\"family\": \"Łukasiewicz\"", Json, StringComparison.Ordinal);
        Assert.Contains("$O(L)$", Json, StringComparison.Ordinal);
    }
}
