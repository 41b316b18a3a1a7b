using System.Net;
using System.Runtime.Versioning;
using System.Text;
using EdgeQueue.Central.Email;
using EdgeQueue.Central.Sync.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.Tests.Hosting;

/// <summary>
/// Everything central writes under <c>--data</c> holds personal data or secrets (visits, the sync log,
/// data-protection keys, e-mails, the first password): only the service's user may read it.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class DataFileModesTests
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task Serve_EveryFileUnderData_OwnerOnly()
    {
        await using var server = await CentralTestServer.StartKestrelAsync("--Central:Booking:InitialAdminPassword=");
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/logowanie")).StatusCode);   // an anti-forgery token: a data-protection key
        await server.Services.GetRequiredService<IEmailSender>().SendAsync(
            new EmailMessage("jan.nowak@example.pl", "Potwierdzenie wizyty", "Kod: K7MQ4PXR", []));
        await server.Services.GetRequiredService<ICentralSyncReader>().ListSitesAsync();

        var files = Directory.GetFiles(server.DataFolder, "*", SearchOption.AllDirectories);
        var folders = Directory.GetDirectories(server.DataFolder, "*", SearchOption.AllDirectories);

        Assert.Contains(files, file => file.EndsWith("central.db", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith("sync.db", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith(".eml", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith("initial-admin-password.txt", StringComparison.Ordinal));
        Assert.All(files, file => Assert.True(File.GetUnixFileMode(file) == OwnerOnlyFile, $"{file}: {File.GetUnixFileMode(file)}"));
        Assert.All(folders, folder => Assert.True(File.GetUnixFileMode(folder) == OwnerOnlyFolder, $"{folder}: {File.GetUnixFileMode(folder)}"));
    }

    [Fact]
    public async Task FirstStart_GeneratedAdminPassword_PlainLineWithoutByteOrderMarkThatLogsIn()
    {
        await using var server = await CentralTestServer.StartKestrelAsync("--Central:Booking:InitialAdminPassword=");
        using var client = server.CreateClient();

        var bytes = await File.ReadAllBytesAsync(Path.Combine(server.DataFolder, "initial-admin-password.txt"));
        var password = Encoding.ASCII.GetString(bytes).TrimEnd('\n');
        using var login = await Pages.AuthorizationTests.LogInAsync(client, CentralTestServer.AdminLogin, password);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(20, password.Length);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }
}
