namespace SnnBib.Resolvers.Http;

/// <summary>How often requests of one kind may start: at least <paramref name="MinInterval"/> apart, start to start.</summary>
public sealed record RequestBudget(TimeSpan MinInterval);
