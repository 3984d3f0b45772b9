namespace SnnBib.Cli.Output;

/// <summary>The process exit codes, documented in README.md and in --help.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>Done, but some papers could not be refreshed (source errors) or need review (conflicts).</summary>
    public const int Incomplete = 1;

    /// <summary>Bad arguments or unreadable input (list file, options).</summary>
    public const int Usage = 2;

    /// <summary>The cache could not be used (locked by another run, unwritable).</summary>
    public const int Cache = 4;

    /// <summary>A bug in snnbib (an unexpected exception); the message says what happened.</summary>
    public const int Internal = 70;

    /// <summary>Interrupted (Ctrl-C); what was finished is saved.</summary>
    public const int Cancelled = 130;
}
