using EdgeQueue.Testing;

namespace EdgeQueue.Hosting.Tests;

/// <summary>
/// <c>./edgequeue</c>, the single entry point: a missing or unknown verb is a usage error (exit 2,
/// one line on standard error before the usage), help is not.
/// </summary>
public sealed class EntryScriptTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(new string[0], "edgequeue: say what to run")]
    [InlineData(new[] { "teleport" }, "edgequeue: unknown verb 'teleport'")]
    public async Task Run_NoOrUnknownVerb_ExitsTwoSayingSo(string[] arguments, string firstLine)
    {
        var outcome = await ExternalProgram.RunAsync(RepositoryRoot.File("edgequeue"), arguments, Limit);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(firstLine, outcome.Error.Split('\n')[0]);
        Assert.Contains("usage: ./edgequeue VERB", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
    }

    [Theory]
    [InlineData(new[] { "publish-hub", "--rid", "win-x64" }, "edgequeue publish-hub: --rid must be linux-arm64 or linux-x64, not 'win-x64'")]
    [InlineData(new[] { "publish-hub", "--fast" }, "edgequeue publish-hub: unknown option '--fast' (--rid, --out)")]
    [InlineData(new[] { "publish-hub", "--out" }, "edgequeue publish-hub: --out needs a value")]
    public async Task PublishHub_BadOption_ExitsTwoNamingItBeforeBuildingAnything(string[] arguments, string message)
    {
        var outcome = await ExternalProgram.RunAsync(RepositoryRoot.File("edgequeue"), arguments, Limit);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(message, outcome.Error.TrimEnd());
        Assert.Empty(outcome.Output);
    }

    [Fact]
    public async Task Run_Help_UsageOnStandardOutputExitZero()
    {
        var outcome = await ExternalProgram.RunAsync(RepositoryRoot.File("edgequeue"), ["--help"], Limit);

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("usage: ./edgequeue VERB", outcome.Output, StringComparison.Ordinal);
    }
}
