using SnnBib.Cli.Commands;

namespace SnnBib.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) => SnnBibApp.RunAsync(args, Console.Out, Console.Error);
}
