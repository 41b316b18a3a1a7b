using System.Collections.Concurrent;
using System.Diagnostics;
using EdgeQueue.Testing;

namespace EdgeQueue.Hosting.Tests.Readme;

/// <summary>
/// The commands the READMEs show: each names a verb and options that <c>./edgequeue</c> has (its
/// help lists them), and the edge hub's "Try it" runs as written, from the repository's root.
/// Long runs (benchmarks, a whole demo day) are run by their own tests and by <c>./test</c>
/// (<c>publish-hub</c>), not here.
/// </summary>
public sealed class ReadmeCommandsTests
{
    private static readonly TimeSpan HelpLimit = TimeSpan.FromMinutes(5); // a verb's first Release build
    private static readonly ConcurrentDictionary<string, Lazy<Task<ExternalProgram.Outcome>>> Helps = new();

    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in ReadmeCommand.FindAll(RepositoryRoot.Path))
        {
            data.Add(command.Readme, command.Text);
        }

        return data;
    }

    [Fact]
    public void FindAll_Readmes_EveryReadmeWithCommandsIsRead()
    {
        var commands = ReadmeCommand.FindAll(RepositoryRoot.Path);

        Assert.Contains(commands, c => c is { Readme: "edge-hub/README.md", Text: "./edgequeue hub --site edge-hub/EdgeQueue.Hub/Sites/demo-hall.json --data /tmp/hall" });
        Assert.Contains(commands, c => c.Readme == "README.md" && c.Verb == "demo");
        Assert.Contains(commands, c => c.Readme == "simulators/README.md" && c.Verb == "sim day" && c.Options.Contains("--fault"));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_InReadme_VerbAndEveryOptionKnownToTheProgram(string readme, string text)
    {
        var command = new ReadmeCommand(readme, text);

        var help = await Helps.GetOrAdd(command.Verb, verb => new(() => HelpAsync(verb))).Value;

        var shown = help.Output + help.Error;
        Assert.DoesNotContain("unknown verb", shown, StringComparison.Ordinal);
        Assert.True(help.ExitCode == 0, $"./edgequeue {command.Verb} --help exited {help.ExitCode}: {help.Error}");
        Assert.All(command.Options, option => Assert.True(shown.Contains(option, StringComparison.Ordinal),
            $"{command}: '{option}' is not in ./edgequeue {command.Verb} --help"));
    }

    [Fact]
    public async Task EdgeHubTryIt_AsWritten_ServesTheHallScreenAndTheTechnicianPage()
    {
        var tryIt = ReadmeCommand.FindAll(RepositoryRoot.Path)
            .Single(c => c.Readme == "edge-hub/README.md" && c.Text.Contains("demo-hall.json", StringComparison.Ordinal) && !c.IsSynopsis);
        var data = tryIt.Text.Split(' ')[^1];
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true); // the README's own scratch folder, as a first reader has it
        }

        using var hub = Start(tryIt.Text);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:8080"), Timeout = TimeSpan.FromSeconds(5) };
            var display = await Eventually.UntilAsync(() => StatusOfAsync(http, "/display"), status => status == 200,
                "the hub of the README's command serving /display on port 8080", TimeSpan.FromMinutes(5));
            var devices = await StatusOfAsync(http, "/devices");

            Assert.Equal(200, display);
            Assert.Equal(401, devices); // the technician page asks for the README's login
        }
        finally
        {
            Interrupt(hub);
        }

        Assert.True(hub.WaitForExit(TimeSpan.FromSeconds(30)), "the hub stops on Ctrl-C");
    }

    private static async Task<int> StatusOfAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static Task<ExternalProgram.Outcome> HelpAsync(string verb) =>
        ExternalProgram.RunAsync(RepositoryRoot.File("edgequeue"), [.. verb.Split(' '), "--help"], HelpLimit);

    /// <summary>The command as a reader types it: bash in the repository's root, in a process group of its own.</summary>
    private static Process Start(string command)
    {
        var start = new ProcessStartInfo("setsid", ["bash", "-c", "exec " + command])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = false,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
    }

    private static void Interrupt(Process process)
    {
        if (!process.HasExited)
        {
            // bash's own kill: the procps binary is not on every minimal Debian.
            using var kill = Process.Start("bash", ["-c", $"kill -INT -- -{process.Id}"]);
            kill?.WaitForExit();
        }
    }
}
