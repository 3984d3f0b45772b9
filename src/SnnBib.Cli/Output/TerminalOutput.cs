using Spectre.Console;

namespace SnnBib.Cli.Output;

/// <summary>Spectre consoles over the command's writers: colours and live widgets only on a real terminal.</summary>
internal static class TerminalOutput
{
    public static IAnsiConsole For(TextWriter writer)
    {
        var isTerminal = IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            // Redirected output is read by scripts and diffs: wide enough that table rows do not wrap.
            console.Profile.Width = 200;
        }

        return console;
    }

    /// <summary>True when the writer is the process's own stdout/stderr and that is not redirected.</summary>
    public static bool IsTerminal(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected
        || ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
}
