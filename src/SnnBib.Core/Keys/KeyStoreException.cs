namespace SnnBib.Core.Keys;

/// <summary>keys.json cannot be read or written; the message names the file and says why, in one line.</summary>
public sealed class KeyStoreException : Exception
{
    public KeyStoreException()
    {
    }

    public KeyStoreException(string message)
        : base(message)
    {
    }

    public KeyStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
