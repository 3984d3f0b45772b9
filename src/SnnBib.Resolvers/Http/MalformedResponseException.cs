namespace SnnBib.Resolvers.Http;

/// <summary>A response body that does not have the documented shape (not XML/JSON, wrong root, missing required parts).</summary>
public sealed class MalformedResponseException : Exception
{
    public MalformedResponseException()
    {
    }

    public MalformedResponseException(string message)
        : base(message)
    {
    }

    public MalformedResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
