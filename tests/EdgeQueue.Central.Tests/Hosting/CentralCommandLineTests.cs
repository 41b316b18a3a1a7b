using EdgeQueue.Central.Hosting;
using EdgeQueue.Testing;

namespace EdgeQueue.Central.Tests.Hosting;

public sealed class CentralCommandLineTests
{
    [Fact]
    public async Task Run_DataIsAFile_FailsWithOneLineAndExitCode2()
    {
        using var folder = new TempDirectory("cli");
        var file = folder.File("not-a-folder");
        await File.WriteAllTextAsync(file, "x");

        var (code, output, error) = await RunAsync(["--data", file, "--urls", $"http://127.0.0.1:{FreePort.Next()}", "--for", "1"]);

        Assert.Equal(CentralCommandLine.ConfigurationError, code);
        Assert.Equal($"edgequeue central: error: --data: '{file}' is a file, not a folder", error.Trim());
        Assert.DoesNotContain("listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidUrl_FailsWithOneLine()
    {
        using var folder = new TempDirectory("cli");

        var (code, _, error) = await RunAsync(["--data", folder.Path, "--urls", "nonsense", "--for", "1"]);

        Assert.Equal(CentralCommandLine.ConfigurationError, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("nonsense", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus", "unknown option '--bogus'")]
    [InlineData("stray", "unexpected argument 'stray'")]
    [InlineData("--Central:Mail:SmtpHost", "the setting '--Central:Mail:SmtpHost' has no value")]
    public async Task Run_UnknownArgument_FailsWithOneLineAndWritesNoData(string argument, string expected)
    {
        using var folder = new TempDirectory("cli");
        var data = Path.Combine(folder.Path, "never");

        var (code, _, error) = await RunAsync(["--data", data, "--for", "1", argument]);

        Assert.Equal(CentralCommandLine.ConfigurationError, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith($"edgequeue central: error: {expected}", error.Trim(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(data), "nothing written before the refusal");
    }

    [Fact]
    public async Task Run_SettingAsTwoTokens_Accepted()
    {
        using var folder = new TempDirectory("cli");
        var url = $"http://127.0.0.1:{FreePort.Next()}";

        var (code, output, error) = await RunAsync(["--data", folder.Path, "--urls", url, "--for", "1", "--Central:Mail:FromName", "Urząd"]);

        Assert.True(code == 0, error);
        Assert.Contains("listening on", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PortInUse_OneLineNamingTheAddress()
    {
        using var folder = new TempDirectory("cli");
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)taken.LocalEndpoint).Port}";

        var (code, _, error) = await RunAsync(["--data", folder.Path, "--urls", url, "--for", "1"]);

        Assert.Equal(CentralCommandLine.ConfigurationError, code);
        var line = Assert.Single(error.Trim().Split('\n'));
        Assert.Contains(url, line, StringComparison.Ordinal);
        Assert.Contains("address already in use", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NegativeFor_FailsWithOneLine()
    {
        using var folder = new TempDirectory("cli");

        var (code, _, error) = await RunAsync(["--data", folder.Path, "--for", "-5"]);

        Assert.Equal(CentralCommandLine.ConfigurationError, code);
        Assert.Equal("edgequeue central: error: --for must be a positive number of seconds", error.Trim());
    }

    [Fact]
    public async Task Run_ProductionWithoutPeselKey_FailsWithOneLineNamingTheSetting()
    {
        using var folder = new TempDirectory("cli");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CentralCommandLine.RunAsync(["--data", folder.Path, "--for", "1"], TimeProvider.System, output, error, new StringReader(""));

        Assert.Equal(CentralCommandLine.ConfigurationError, code);
        Assert.Single(error.ToString().Trim().Split('\n'));
        Assert.Contains("PeselKey", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ForOneSecond_LogsWhereItListensAndExitsZero()
    {
        using var folder = new TempDirectory("cli");
        var url = $"http://127.0.0.1:{FreePort.Next()}";

        var (code, output, error) = await RunAsync(["--data", folder.Path, "--urls", url, "--for", "1"]);

        Assert.True(code == 0, error);
        Assert.Contains($"edgequeue central: listening on {url}", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Path, "central.db")), "SQLite database under --data");
    }

    [Fact]
    public async Task AddUser_ThenServe_TheUserCanBeVerified()
    {
        using var folder = new TempDirectory("cli");

        var (code, output, error) = await RunAsync(
            ["adduser", "--data", folder.Path, "--login", "agent.anna", "--name", "Anna Nowak", "--role", "agent"], "Haslo-agentki-2026\n");
        var (shortCode, _, shortError) = await RunAsync(
            ["adduser", "--data", folder.Path, "--login", "agent.ewa", "--role", "agent"], "krotkie\n");
        var (roleCode, _, roleError) = await RunAsync(
            ["adduser", "--data", folder.Path, "--login", "agent.ola", "--role", "szef"], "Haslo-agentki-2026\n");

        Assert.True(code == 0, error);
        Assert.Contains("user 'agent.anna' created (agent)", output, StringComparison.Ordinal);
        Assert.Equal(1, shortCode);
        Assert.StartsWith("edgequeue central: error:", shortError, StringComparison.Ordinal);
        Assert.Equal(CentralCommandLine.ConfigurationError, roleCode);
        Assert.Contains("unknown role 'szef'", roleError, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string input = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var code = await CentralCommandLine.RunAsync([.. args, CentralTestServer.PeselKeySetting], TimeProvider.System, output, error, reader);
        return (code, output.ToString(), error.ToString());
    }
}
