using System.CommandLine;
using EdgeQueue.Simulator.Console;
using EdgeQueue.Testing;

namespace EdgeQueue.Simulator.Tests.Console;

/// <summary>Bad options are refused before anything starts, with one line that says why.</summary>
public sealed class SimulatorCommandLineTests
{
    [Fact]
    public async Task Day_FaultThatDoesNotParse_ExitsTwoWithTheReason()
    {
        var (code, output, error) = await RunAsync("day", "--fault", "wifi-cut@10:00+5m", "--out", "/nonexistent/never-created");

        Assert.Equal(2, code);
        Assert.Equal("sim: --fault 'wifi-cut@10:00+5m': wifi-cut needs a device, e.g. wifi-cut:disp-01@12:00+5m", error.Trim());
        Assert.DoesNotContain("hall page", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists("/nonexistent/never-created"));
    }

    [Fact]
    public async Task Demo_DataFolderWithADatabase_ExitsThreeAndLeavesItAlone()
    {
        using var folder = new TempDirectory("eq-sim-cli");
        var database = folder.File("queue.db");
        await File.WriteAllTextAsync(database, "a previous run");

        var (code, _, error) = await RunAsync("demo", "--out", folder.File("out"), "--data", folder.Path);

        Assert.Equal(3, code);
        Assert.Contains("already holds a hub database", error, StringComparison.Ordinal);
        Assert.Equal("a previous run", await File.ReadAllTextAsync(database));
    }

    [Fact]
    public async Task Demo_CentralPortInUse_ExitsThreeWithCentralsReasonOnOneLine()
    {
        using var folder = new TempDirectory("eq-sim-cli");
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (code, output, error) = await RunAsync("demo", "--central-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder.Path);

        Assert.Equal(3, code);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("sim: cannot start the hall: central exited with code 2 while starting: edgequeue central: error: Failed to bind to address", line, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}: address already in use", line, StringComparison.Ordinal);
        Assert.EndsWith($"(its output: {Path.Combine(folder.Path, "data", "central.log")})", line, StringComparison.Ordinal);
        Assert.DoesNotContain("hall page", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--speed", "0", "--speed must be between 1 and 10000")]
    [InlineData("--day", "23.11.2026", "--day takes a date like 2026-11-23")]
    [InlineData("--port", "70000", "--port must be 1…65535")]
    [InlineData("--central-port", "0", "--central-port must be 1…65535")]
    [InlineData("--hub", "/nonexistent/EdgeQueue.Hub", "--hub names no file: /nonexistent/EdgeQueue.Hub")]
    [InlineData("--for", "abc", "--for takes a whole number, got 'abc'")]
    [InlineData("--walk-ins", "many", "--walk-ins takes a whole number, got 'many'")]
    public async Task Demo_OptionOutOfRange_IsRefusedWithTheRule(string option, string value, string expected)
    {
        var (code, _, error) = await RunAsync("demo", option, value);

        Assert.Equal(2, code);
        var line = Assert.Single(error.TrimEnd().Split('\n')); // the cause, not the whole help after it
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.StartsWith("edgequeue demo: error: ", line, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await SimulatorCommandLine.RunAsync(args, output, error,
            new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null });
        return (code, output.ToString(), error.ToString());
    }
}
