using EdgeQueue.Hub.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.Hosting;

/// <summary>How the hub's web host is set up around its data folder.</summary>
public sealed class HubHostTests(ITestOutputHelper output)
{
    [Fact]
    public async Task StartAsync_DataFolderAsContentRoot_NoConfigurationFileIsWatched()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());

        var configuration = (IConfigurationRoot)hub.Host.Services.GetRequiredService<IConfiguration>();
        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();

        // The data folder changes on every commit and print; a watcher there would wake on each.
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, $"{file.Source.Path} is watched for changes"));
    }
}
