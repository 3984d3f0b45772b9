using SnnBib.Cli.Commands;

namespace SnnBib.Cli.Tests.EndToEnd;

/// <summary>Runs the command tree in-process through the test seam (shrunk pacing unless told otherwise).</summary>
internal static class EndToEndRun
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(FastPacing.Services, CancellationToken.None, args);

    public static async Task<CliRun> RunAsync(CliServices services, CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await SnnBibApp.RunAsync(args, output, error, services, cancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
