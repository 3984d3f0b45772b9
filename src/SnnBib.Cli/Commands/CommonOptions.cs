using System.CommandLine;

namespace SnnBib.Cli.Commands;

/// <summary>Options several commands share. Each command gets its own instances (System.CommandLine binds by instance).</summary>
internal static class CommonOptions
{
    public static Option<string?> List() => new("--list")
    {
        Description = "The Markdown awesome list to read. Default: the built-in Awesome-SNN list (May 2024).",
        HelpName = "PATH",
    };

    public static Option<string[]> Sections() => new("--section")
    {
        Description = "Only read papers under headings containing NAME (repeatable). Default: the list's paper sections.",
        HelpName = "NAME",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string> Cache() => new("--cache")
    {
        Description = "The cache folder (resolved metadata, citation keys, overrides).",
        HelpName = "DIR",
        DefaultValueFactory = _ => "cache",
    };
}
