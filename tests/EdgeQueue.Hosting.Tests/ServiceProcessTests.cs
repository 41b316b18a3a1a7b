using System.Globalization;
using EdgeQueue.Hosting;
using EdgeQueue.Testing;

namespace EdgeQueue.Hosting.Tests;

public sealed class ServiceProcessTests
{
    [Fact]
    public async Task StartAsync_ServiceAnswersItsUrl_ReadyWithItsOwnMemoryAndStopsOnSigterm()
    {
        var port = FreePort.Next();
        var lines = new List<string>();
        var service = await ServiceProcess.StartAsync(new ServiceProcessOptions
        {
            Name = "the test server",
            Program = "/usr/bin/python3",
            Arguments = ["-u", "-m", "http.server", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1"],
            ReadyUrl = new Uri($"http://127.0.0.1:{port}/"),
            Output = line => { lock (lines) { lines.Add(line); } },
        }, CancellationToken.None);
        await using (service)
        {
            var (now, peak, proportional) = service.Memory();
            Assert.InRange(now, 1, peak);
            Assert.True(proportional > 0);

            await service.StopAsync(TimeSpan.FromSeconds(10));

            Assert.True(service.HasExited);
        }

        lock (lines)
        {
            Assert.Contains(lines, l => l.Contains("GET / ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task StartAsync_ServiceExitsWhileStarting_SaysSoWithItsLastWords()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => ServiceProcess.StartAsync(new ServiceProcessOptions
        {
            Name = "the hub",
            Program = "/bin/sh",
            Arguments = ["-c", "echo 'reading the site file'; echo 'hub: site file: devices[4].printer: kiosk-9 is not defined'; echo; exit 1"],
            ReadyUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}/"),
        }, CancellationToken.None));

        var lines = failure.Message.Split('\n');
        Assert.Equal("the hub exited with code 1 while starting: hub: site file: devices[4].printer: kiosk-9 is not defined", lines[0]);
        Assert.Contains("reading the site file", lines.Skip(1)); // the output before it follows, for a log
    }

    [Fact]
    public async Task StartAsync_MissingAssembly_NamesTheFile()
    {
        var failure = await Assert.ThrowsAsync<FileNotFoundException>(() => ServiceProcess.StartAsync(new ServiceProcessOptions
        {
            Name = "the hub",
            Program = "/nonexistent/EdgeQueue.Hub.dll",
            ReadyUrl = new Uri("http://127.0.0.1:1/"),
        }, CancellationToken.None));

        Assert.Contains("/nonexistent/EdgeQueue.Hub.dll", failure.Message, StringComparison.Ordinal);
    }
}
