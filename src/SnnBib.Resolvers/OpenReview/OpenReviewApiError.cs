using System.Globalization;
using System.Text.Json;

namespace SnnBib.Resolvers.OpenReview;

/// <summary>OpenReview's error body: {"status": 404, "name": "NotFoundError", "message": "…", "details": {…}}.</summary>
public sealed record OpenReviewApiError(int? Status, string? Name, string? Message, DateTimeOffset? ResetTime)
{
    public bool IsNotFound => Name is "NotFoundError" || Status == 404;

    public bool IsForbidden => Name is "ForbiddenError" || Status == 403;

    /// <summary>The error body, or null when the body is not OpenReview's error JSON.</summary>
    public static OpenReviewApiError? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || (!root.TryGetProperty("name", out _) && !root.TryGetProperty("message", out _)))
            {
                return null;
            }

            int? status = root.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var n) ? n : null;
            DateTimeOffset? reset = null;
            if (root.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Object
                && details.TryGetProperty("resetTime", out var r) && r.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(r.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                reset = parsed;
            }

            return new OpenReviewApiError(status, Text(root, "name"), Text(root, "message"), reset);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>How long a 429 body asks us to wait (details.resetTime − now), for the HTTP layer's retry.</summary>
    public static TimeSpan? RetryAfter(string body, DateTimeOffset now)
    {
        var reset = TryParse(body)?.ResetTime;
        return reset is null ? null : reset.Value > now ? reset.Value - now : TimeSpan.Zero;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? string.Join(' ', (value.GetString() ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : null;
}
