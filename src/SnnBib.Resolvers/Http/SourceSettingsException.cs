namespace SnnBib.Resolvers.Http;

/// <summary>A base URL or mailto that cannot be used; the message names the option or variable and the bad value.</summary>
public sealed class SourceSettingsException : Exception
{
    public SourceSettingsException()
    {
    }

    public SourceSettingsException(string message)
        : base(message)
    {
    }

    public SourceSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
