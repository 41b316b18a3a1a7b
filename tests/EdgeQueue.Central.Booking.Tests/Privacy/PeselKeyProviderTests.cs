using EdgeQueue.Central.Booking.Privacy;
using EdgeQueue.Testing;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeQueue.Central.Booking.Tests.Privacy;

public sealed class PeselKeyProviderTests
{
    [Fact]
    public void Resolve_ProductionWithoutKey_RefusesToStart()
    {
        using var data = new TempDirectory();

        var error = Assert.Throws<InvalidOperationException>(() =>
            PeselKeyProvider.Resolve(new BookingOptions { DataFolder = data.Path }, new Environment("Production"), NullLogger.Instance));

        Assert.Contains("PeselKey", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(data.File(PeselKeyProvider.DevelopmentKeyFile)));
    }

    [Fact]
    public void Resolve_DevelopmentWithoutKey_GeneratesOnceAndKeepsIt()
    {
        using var data = new TempDirectory();
        var options = new BookingOptions { DataFolder = data.Path };

        var first = PeselKeyProvider.Resolve(options, new Environment("Development"), NullLogger.Instance);
        var second = PeselKeyProvider.Resolve(options, new Environment("Development"), NullLogger.Instance);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(data.File(PeselKeyProvider.DevelopmentKeyFile)));
        }
    }

    [Fact]
    public void Resolve_ProductionAllowedToGenerate_KeepsOneKeyAndNamesItInTheLogEachTime()
    {
        using var data = new TempDirectory();
        var options = new BookingOptions { DataFolder = data.Path, GeneratePeselKey = true };
        var log = new CollectingLogger();

        var first = PeselKeyProvider.Resolve(options, new Environment("Production"), log);
        var second = PeselKeyProvider.Resolve(options, new Environment("Production"), log);

        Assert.Equal(first, second);
        Assert.Equal(2, log.Warnings.Count(line => line.Contains("a development key", StringComparison.Ordinal)));
    }

    [Fact]
    public void Resolve_DevelopmentWithGenerationSwitchedOff_RefusesToStart()
    {
        using var data = new TempDirectory();

        Assert.Throws<InvalidOperationException>(() => PeselKeyProvider.Resolve(
            new BookingOptions { DataFolder = data.Path, GeneratePeselKey = false }, new Environment("Development"), NullLogger.Instance));
        Assert.False(File.Exists(data.File(PeselKeyProvider.DevelopmentKeyFile)));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Resolve_BadConfiguredKey_ExplainsTheProblem(string key) =>
        Assert.Throws<InvalidOperationException>(() =>
            PeselKeyProvider.Resolve(new BookingOptions { PeselKey = key }, new Environment("Production"), NullLogger.Instance));

    private sealed class CollectingLogger : ILogger
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "test";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
