using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SnnBib.Testing;

/// <summary>
/// A small HTTP server on 127.0.0.1 (a free port) that answers scripted routes and logs every request, for tests
/// that reach the real resolvers through their base-URL settings. Routes are tried in the order they were added;
/// a request no route matches gets 404 with a body naming it, and is logged too. Log times come from the given
/// <see cref="TimeProvider"/>; response delays are real time (they exist to trip the client's timeouts).
/// </summary>
public sealed class LocalApiServer : IAsyncDisposable
{
    /// <summary>Request bodies above this are cut (a test request is small).</summary>
    private const int MaxLoggedBody = 1024 * 1024;

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly List<ScriptedRoute> _routes = [];
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LocalApiServer(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
        BaseUrl = string.Empty;
    }

    /// <summary>"http://127.0.0.1:PORT", no trailing slash.</summary>
    public string BaseUrl { get; private set; }

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<LocalApiServer> StartAsync(TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Test",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LocalApiServer(app, timeProvider ?? TimeProvider.System);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        server.BaseUrl = addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>The absolute URL of a path (and query) on this server.</summary>
    public string Url(string pathAndQuery) => BaseUrl + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);

    /// <summary>Adds a GET route; <paramref name="when"/> narrows it, e.g. by query parameter.</summary>
    public ScriptedRoute Get(string path, Func<RecordedRequest, bool>? when = null, string? name = null) => Route("GET", path, when, name);

    public ScriptedRoute Post(string path, Func<RecordedRequest, bool>? when = null, string? name = null) => Route("POST", path, when, name);

    public ScriptedRoute Route(string method, string path, Func<RecordedRequest, bool>? when = null, string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var route = new ScriptedRoute(name ?? $"{method} {path}", method, path, when);
        lock (_routes)
        {
            _routes.Add(route);
        }

        return route;
    }

    /// <summary>Requests to one path (any query), in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string path) =>
        Requests.Where(r => string.Equals(r.Path, path, StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var at = _time.GetUtcNow();
        var request = context.Request;
        var body = await ReadBodyAsync(request, context.RequestAborted);
        var seen = new RecordedRequest(
            request.Method,
            request.Path.Value ?? "/",
            request.QueryString.Value ?? string.Empty,
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            at,
            0,
            null);

        ScriptedRoute? route;
        lock (_routes)
        {
            route = _routes.FirstOrDefault(r => r.Matches(seen));
        }

        var response = route?.Next() ?? new ScriptedResponse(404, $"no scripted route for {seen.Method} {seen.Path}{seen.QueryString}");
        _requests.Enqueue(seen with { Status = response.Status, Route = route?.Name });
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up (its timeout): nothing to answer.
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(response.Body, Encoding.UTF8, context.RequestAborted);
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is null or 0 && !request.Headers.ContainsKey("Transfer-Encoding"))
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxLoggedBody];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, read);
    }
}
