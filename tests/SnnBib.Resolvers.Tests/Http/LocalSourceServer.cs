using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SnnBib.Resolvers.Tests.Http;

/// <summary>
/// A small Kestrel app on 127.0.0.1 that answers like the three APIs (documented shapes, invented papers) for any id it
/// is asked about, so resolvers can be run over real HTTP through the base-URL settings. arXiv ids ending in 99999 and
/// other ids containing "missing" are unknown; ids starting with "v1" live only on OpenReview API 1; the first <see cref="FailFirst"/> requests get 503.
/// </summary>
internal sealed class LocalSourceServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private LocalSourceServer(WebApplication app) => _app = app;

    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> UserAgents { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public int FailFirst
    {
        set => _failuresLeft = value;
    }

    public static async Task<LocalSourceServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LocalSourceServer(app);
        server.Map();
        await app.StartAsync();
        server.BaseUrl = app.Urls.Single();
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
            Requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            UserAgents.Enqueue(context.Request.Headers.UserAgent.ToString());
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                context.Response.StatusCode = 503;
                await context.Response.WriteAsync("Service Unavailable");
                return;
            }

            await next(context);
        });

        _app.MapGet("/arxiv/api/query", (HttpRequest request) =>
        {
            var ids = request.Query["id_list"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Where(id => !id.EndsWith("99999", StringComparison.Ordinal));
            return Results.Content(ArxivFeed(ids), "application/atom+xml");
        });

        _app.MapGet("/crossref/works/{**doi}", (string doi) =>
        {
            doi = Uri.UnescapeDataString(doi);
            return doi.Contains("missing", StringComparison.Ordinal)
                ? Results.Content("Resource not found.", "text/plain", statusCode: 404)
                : Results.Content(JsonSerializer.Serialize(new { status = "ok", message_type = "work", message = Work(doi) }).Replace("message_type", "message-type", StringComparison.Ordinal), "application/json");
        });

        _app.MapGet("/crossref/works", (HttpRequest request) =>
        {
            var dois = request.Query["filter"].ToString().Split(',').Select(f => f["doi:".Length..]).Where(d => !d.Contains("missing", StringComparison.Ordinal));
            var body = new Dictionary<string, object>
            {
                ["status"] = "ok",
                ["message-type"] = "work-list",
                ["message"] = new Dictionary<string, object> { ["total-results"] = dois.Count(), ["items"] = dois.Select(Work).ToList() },
            };
            return Results.Json(body);
        });

        _app.MapPost("/or2/notes/search", async (HttpRequest request) =>
        {
            using var document = await JsonDocument.ParseAsync(request.Body);
            var ids = document.RootElement.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).Where(id => !id.StartsWith("v1", StringComparison.Ordinal) && !id.Contains("missing", StringComparison.Ordinal));
            return Results.Json(new { notes = ids.Select(Api2Note).ToList(), count = ids.Count() });
        });

        _app.MapGet("/or2/notes", (string id) => id.StartsWith("v1", StringComparison.Ordinal) || id.Contains("missing", StringComparison.Ordinal)
            ? Results.Json(new { name = "NotFoundError", message = $"The Note {id} was not found", status = 404 }, statusCode: 404)
            : Results.Json(new { notes = new[] { Api2Note(id) }, count = 1 }));

        _app.MapGet("/or1/notes", (string id) => id.Contains("missing", StringComparison.Ordinal)
            ? Results.Json(new { notes = Array.Empty<object>(), count = 0 })
            : Results.Json(new { notes = new[] { Api1Note(id) }, count = 1 }));
    }

    private static string ArxivFeed(IEnumerable<string> ids)
    {
        var sb = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?><feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">");
        foreach (var id in ids)
        {
            sb.Append($"<entry><id>http://arxiv.org/abs/{WebUtility.HtmlEncode(id)}v2</id><title>Local paper {WebUtility.HtmlEncode(id)}</title>")
              .Append("<published>2024-01-15T00:00:00Z</published><author><name>Ada Local</name></author><arxiv:primary_category term=\"cs.NE\"/></entry>");
        }

        return sb.Append("</feed>").ToString();
    }

    private static Dictionary<string, object> Work(string doi) => new()
    {
        ["DOI"] = doi,
        ["type"] = "journal-article",
        ["title"] = new[] { $"Local work {doi}" },
        ["author"] = new[] { new Dictionary<string, string> { ["given"] = "Ada", ["family"] = "Local", ["sequence"] = "first" } },
        ["container-title"] = new[] { "Journal of Local Tests" },
        ["published-print"] = new Dictionary<string, object> { ["date-parts"] = new[] { new[] { 2024, 2 } } },
    };

    private static object Api2Note(string id) => new Dictionary<string, object>
    {
        ["id"] = id,
        ["forum"] = id,
        ["domain"] = "ICLR.cc/2024/Conference",
        ["content"] = new Dictionary<string, object>
        {
            ["title"] = new { value = $"Local note {id}" },
            ["authors"] = new { value = new[] { "Ada Local" } },
            ["venue"] = new { value = "ICLR 2024 poster" },
            ["venueid"] = new { value = "ICLR.cc/2024/Conference" },
        },
        ["pdate"] = 1705600000000,
    };

    private static object Api1Note(string id) => new Dictionary<string, object>
    {
        ["id"] = id,
        ["forum"] = id,
        ["invitation"] = "ICLR.cc/2023/Conference/-/Blind_Submission",
        ["content"] = new Dictionary<string, object>
        {
            ["title"] = $"Local API 1 note {id}",
            ["authors"] = new[] { "Ada Local" },
            ["venue"] = "ICLR 2023 poster",
            ["venueid"] = "ICLR.cc/2023/Conference",
        },
        ["cdate"] = 1663500000000,
    };
}
