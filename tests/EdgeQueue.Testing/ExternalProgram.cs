using System.Diagnostics;

namespace EdgeQueue.Testing;

/// <summary>
/// Runs a program to its end (a Debian tool, a peer script in Python or node, a shell script of the
/// project) with its output captured; killed with its children when it overruns its time.
/// </summary>
public static class ExternalProgram
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var error = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            return new Outcome(process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return new Outcome(-1, "", $"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:F0} s");
        }
    }

    /// <summary>Runs it (60 s at most) and returns its output; a non-zero exit throws with its error output.</summary>
    public static async Task<string> OutputOfAsync(string program, params string[] arguments)
    {
        var outcome = await RunAsync(program, arguments, TimeSpan.FromSeconds(60));
        return outcome.ExitCode == 0
            ? outcome.Output
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {outcome.ExitCode}: {outcome.Error}");
    }
}
