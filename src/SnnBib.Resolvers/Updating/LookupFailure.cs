using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Updating;

/// <summary>A look-up that failed this run; it is retried next run.</summary>
public sealed record LookupFailure(string Identity, string Title, SourceName Source, string Query, string Error, string? RequestUrl)
{
    public override string ToString() => $"{Identity}: {Source} {Query}: {Error}";
}
