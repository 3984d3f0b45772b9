namespace SnnBib.Resolvers.Http;

/// <summary>Values given explicitly (CLI options); each beats its environment variable, which beats the default.</summary>
public sealed record SourceSettingsOverrides(
    string? ArxivUrl = null,
    string? CrossrefUrl = null,
    string? OpenReviewUrl = null,
    string? OpenReviewV1Url = null,
    string? Mailto = null);
