using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SnnBib.Cli.Tests.EndToEnd;

/// <summary>
/// A Kestrel app on 127.0.0.1 that answers any request of the three APIs with a body generated for the ids or title
/// asked (Atom feeds, Crossref work/work-list JSON, OpenReview API 2 notes: the documented shapes), from what a
/// <see cref="GeneratedKnowledge"/> says about the list. Every request is logged with its time. Used by the
/// requests-per-paper measurement, where scripting 131 papers by hand would be pointless.
/// </summary>
internal sealed class GeneratedApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GeneratedKnowledge _knowledge;

    private GeneratedApiServer(WebApplication app, GeneratedKnowledge knowledge)
    {
        _app = app;
        _knowledge = knowledge;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>"host path?query" per request, with its arrival time; host is arxiv, crossref, or2 or or1.</summary>
    public ConcurrentQueue<(DateTimeOffset At, string Host, string Request)> Log { get; } = new();

    public static async Task<GeneratedApiServer> StartAsync(GeneratedKnowledge knowledge)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Test" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new GeneratedApiServer(app, knowledge);
        server.Map();
        await app.StartAsync();
        server.BaseUrl = app.Urls.Single().TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            Log.Enqueue((DateTimeOffset.UtcNow, path.Split('/')[1], $"{context.Request.Method} {path}{context.Request.QueryString}"));
            await next(context);
        });

        _app.MapGet("/arxiv/api/query", (HttpRequest request) =>
        {
            var idList = request.Query["id_list"].ToString();
            var entries = idList.Length > 0
                ? idList.Split(',').Select(id => _knowledge.ArxivPaper(id) is { } p ? ArxivEntry(id, p, withDoi: true) : null)
                : [_knowledge.ByTitleWords(request.Query["search_query"].ToString()) is { } found ? ArxivEntry(found.SearchArxivId, found, withDoi: false) : null];
            return Results.Content(ArxivFeed(entries.OfType<string>().ToList()), "application/atom+xml; charset=utf-8");
        });

        _app.MapGet("/crossref/works/{**doi}", (string doi) =>
            _knowledge.DoiPaper(Uri.UnescapeDataString(doi)) is { } p
                ? Results.Content(JsonSerializer.Serialize(new Dictionary<string, object> { ["status"] = "ok", ["message-type"] = "work", ["message-version"] = "1.0.0", ["message"] = Work(Uri.UnescapeDataString(doi), p) }), "application/json")
                : Results.Text("Resource not found.", "text/plain", statusCode: 404));

        _app.MapGet("/crossref/works", (HttpRequest request) =>
        {
            var filter = request.Query["filter"].ToString();
            var items = filter.Length > 0
                ? filter.Split(',').Select(f => f["doi:".Length..]).Select(d => _knowledge.DoiPaper(d) is { } p ? Work(d, p) : null).OfType<object>().ToList()
                : _knowledge.ByTitleWords(request.Query["query.bibliographic"].ToString()) is { } found ? [Work(found.SearchDoi, found)] : [];
            return Results.Json(new Dictionary<string, object>
            {
                ["status"] = "ok",
                ["message-type"] = "work-list",
                ["message-version"] = "1.0.0",
                ["message"] = new Dictionary<string, object> { ["facets"] = new { }, ["total-results"] = items.Count, ["items"] = items, ["items-per-page"] = items.Count },
            });
        });

        _app.MapPost("/or2/notes/search", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            var notes = body.RootElement.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!)
                .Select(id => _knowledge.OpenReviewPaper(id) is { } p ? Note(id, p) : null).OfType<object>().ToList();
            return Results.Json(new { notes, count = notes.Count });
        });

        _app.MapGet("/or2/notes", (string id) => _knowledge.OpenReviewPaper(id) is { } p
            ? Results.Json(new { notes = new[] { Note(id, p) }, count = 1 })
            : Results.Json(new { name = "NotFoundError", message = $"The Note {id} was not found", status = 404 }, statusCode: 404));

        // Most listed papers are journal or proceedings papers OpenReview does not hold: its title searches find nothing.
        _app.MapGet("/or2/notes/search", () => Results.Json(new { notes = Array.Empty<object>(), count = 0 }));
        _app.MapGet("/or1/notes", () => Results.Json(new { notes = Array.Empty<object>(), count = 0 }));
    }

    private static string ArxivFeed(List<string> entries) =>
        "<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">\n" +
        "  <id>https://arxiv.org/api/generated</id>\n  <title>arXiv Query: generated</title>\n  <updated>2026-05-11T09:00:00Z</updated>\n" +
        $"  <opensearch:itemsPerPage>{entries.Count}</opensearch:itemsPerPage>\n  <opensearch:totalResults>{entries.Count}</opensearch:totalResults>\n  <opensearch:startIndex>0</opensearch:startIndex>\n" +
        string.Concat(entries) + "</feed>\n";

    private static string ArxivEntry(string id, GeneratedPaper paper, bool withDoi)
    {
        var sb = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"  <entry>\n    <id>http://arxiv.org/abs/{id}v1</id>\n    <title>{SecurityElement.Escape(paper.Title)}</title>\n")
            .Append(CultureInfo.InvariantCulture, $"    <updated>{paper.Year}-01-15T00:00:00Z</updated>\n    <summary>Generated abstract of {SecurityElement.Escape(paper.Title)}.</summary>\n")
            .Append(CultureInfo.InvariantCulture, $"    <published>{paper.Year}-01-15T00:00:00Z</published>\n    <arxiv:primary_category term=\"cs.NE\"/>\n")
            .Append("    <author>\n      <name>Ada Generated</name>\n    </author>\n");
        if (withDoi && paper.PublishedDoi is { } doi)
        {
            // Authors add the publisher DOI once the paper appears: update then asks Crossref for it.
            sb.Append(CultureInfo.InvariantCulture, $"    <arxiv:doi>{doi}</arxiv:doi>\n");
        }

        return sb.Append("  </entry>\n").ToString();
    }

    private static Dictionary<string, object> Work(string doi, GeneratedPaper paper) => new()
    {
        ["DOI"] = doi,
        ["type"] = "journal-article",
        ["title"] = new[] { paper.Title },
        ["author"] = new[] { new Dictionary<string, object> { ["given"] = "Ada", ["family"] = "Generated", ["sequence"] = "first", ["affiliation"] = Array.Empty<object>() } },
        ["container-title"] = new[] { "Journal of Generated Papers" },
        ["volume"] = "1",
        ["page"] = "1-10",
        ["published-print"] = new Dictionary<string, object> { ["date-parts"] = new[] { new[] { paper.Year, 3 } } },
        ["issued"] = new Dictionary<string, object> { ["date-parts"] = new[] { new[] { paper.Year, 3 } } },
        ["URL"] = "https://doi.org/" + doi,
        ["score"] = 0.0,
    };

    private static Dictionary<string, object> Note(string id, GeneratedPaper paper) => new()
    {
        ["id"] = id,
        ["forum"] = id,
        ["domain"] = $"ICLR.cc/{paper.Year}/Conference",
        ["invitations"] = new[] { $"ICLR.cc/{paper.Year}/Conference/-/Submission" },
        ["content"] = new Dictionary<string, object>
        {
            ["title"] = new { value = paper.Title },
            ["authors"] = new { value = new[] { "Ada Generated" } },
            ["abstract"] = new { value = "Generated abstract." },
            ["venue"] = new { value = $"ICLR {paper.Year} poster" },
            ["venueid"] = new { value = $"ICLR.cc/{paper.Year}/Conference" },
        },
        ["cdate"] = 1695400000000,
        ["pdate"] = 1705600000000,
    };
}
