namespace SnnBib.Resolvers.Overrides;

/// <summary>The overrides file cannot be used; the message is one line naming the file and the line or entry.</summary>
public sealed class OverridesFileException(string message) : Exception(message);
