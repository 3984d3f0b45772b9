using Spectre.Console;

namespace SnnBib.Cli.Output;

/// <summary>Spectre consoles over the command's writers: colours and live widgets only on a real terminal.</summary>
internal static class TerminalOutput
{
    public static IAnsiConsole For(TextWriter writer)
    {
        var isTerminal = IsTerminal(writer);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>True when the writer is the process's own stdout/stderr and that is not redirected.</summary>
    public static bool IsTerminal(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected
        || ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
}
