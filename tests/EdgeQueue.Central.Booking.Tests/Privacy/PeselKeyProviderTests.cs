using EdgeQueue.Central.Booking.Privacy;
using EdgeQueue.Testing;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
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

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Resolve_BadConfiguredKey_ExplainsTheProblem(string key) =>
        Assert.Throws<InvalidOperationException>(() =>
            PeselKeyProvider.Resolve(new BookingOptions { PeselKey = key }, new Environment("Production"), NullLogger.Instance));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "test";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
