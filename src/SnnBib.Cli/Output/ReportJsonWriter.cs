using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SnnBib.Cli.Output;

/// <summary>The report as JSON (stable field names and order, for scripts).</summary>
internal static class ReportJsonWriter
{
    public static string Write(ReportData report)
    {
        var root = new JsonObject
        {
            ["list"] = report.ListName,
            ["papers"] = report.Papers,
            ["resolved"] = report.Resolved,
            ["preprintOnly"] = report.PreprintOnly,
            ["conflicts"] = report.Conflicts,
            ["unresolved"] = report.Unresolved,
            ["findings"] = new JsonArray([.. report.Findings.Select(f => (JsonNode)new JsonObject
            {
                ["section"] = ReportText.Name(f.Category),
                ["kind"] = f.Kind,
                ["line"] = f.Line,
                ["title"] = f.Title,
                ["identity"] = f.Identity,
                ["message"] = f.Message,
                ["requestUrl"] = f.RequestUrl,
                ["candidates"] = new JsonArray([.. f.Candidates.Select(c => (JsonNode)new JsonObject
                {
                    ["source"] = c.Source.ToString().ToLowerInvariant(),
                    ["id"] = c.Id,
                    ["title"] = c.Title,
                    ["year"] = c.Year,
                    ["firstAuthor"] = c.FirstAuthor,
                    ["venue"] = c.Venue,
                    ["similarity"] = c.Similarity,
                    ["decision"] = c.Decision.ToString().ToLowerInvariant(),
                    ["why"] = c.Why,
                })]),
            })]),
        };
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return root.ToJsonString(options).ReplaceLineEndings("\n") + "\n";
    }
}
