namespace SnnBib.Cli.Output;

/// <summary>An error meant for the user: one line on stderr and an exit code.</summary>
public sealed class SnnBibCliException(string message, int exitCode = ExitCodes.Usage) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
