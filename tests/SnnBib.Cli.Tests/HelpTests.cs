using SnnBib.Testing;
using Xunit;

namespace SnnBib.Cli.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("root")]
    [InlineData("list")]
    [InlineData("export")]
    [InlineData("update")]
    public async Task Help(string command)
    {
        var run = command == "root" ? await CliRun.RunAsync("--help") : await CliRun.RunAsync(command, "--help");
        Assert.Equal(0, run.ExitCode);
        // The root command is named after the host process; under test that is "testhost".
        Approve.Text(run.Output.Replace("testhost", "snnbib", StringComparison.Ordinal), "txt", scenario: command);
    }
}
