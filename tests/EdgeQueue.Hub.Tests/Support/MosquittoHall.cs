using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>
/// A real Mosquitto configured as <c>install-hub.sh</c> configures a hall's: the password file, ACL
/// file and configuration fragment that <c>export-mosquitto</c> writes from the site file, the
/// listener bound to loopback on a free port. <see cref="Site"/> is the site switched to it.
/// </summary>
internal sealed class MosquittoHall : IAsyncDisposable
{
    public const string HubPassword = "hub-secret";

    private readonly TempDirectory _folder;

    private MosquittoHall(MosquittoRunner mosquitto, SiteDefinition site, int port, TempDirectory folder)
    {
        Mosquitto = mosquitto;
        Site = site;
        Port = port;
        _folder = folder;
    }

    public MosquittoRunner Mosquitto { get; }

    public SiteDefinition Site { get; }

    /// <summary>The exported plain listener the devices use (the hub too, unless it was given TLS).</summary>
    public int Port { get; }

    /// <param name="tls">Also a TLS listener; the hub then connects over mqtts:// trusting its CA file.</param>
    public static async Task<MosquittoHall> StartAsync(SiteDefinition draft, MosquittoTls? tls = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var folder = new TempDirectory("mosquitto-hall");
        try
        {
            var port = FreePort.Next();
            var site = draft with
            {
                Broker = new BrokerSettings
                {
                    Embedded = false,
                    Url = new Uri($"mqtt://127.0.0.1:{port}"),
                    Username = $"hub-{draft.SiteId}",
                    Password = HubPassword,
                },
            };
            await File.WriteAllTextAsync(folder.File(MosquittoExport.PasswordFileName),
                MosquittoExport.PasswordFile(site, PasswordHash.Create(HubPassword, 1000)));
            await File.WriteAllTextAsync(folder.File(MosquittoExport.AclFileName), MosquittoExport.AclFile(site));
            var fragment = MosquittoExport.ConfigFragment(folder.Path, port, bind: "127.0.0.1").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var mosquitto = await MosquittoRunner.StartAsync(new MosquittoOptions { ExtraConfig = [.. fragment], Tls = tls });
            if (tls is not null)
            {
                site = site with { Broker = site.Broker with { Url = new Uri($"mqtts://127.0.0.1:{mosquitto.TlsPort}"), CaFile = tls.CaFile } };
            }

            return new MosquittoHall(mosquitto, site, port, folder);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Mosquitto.DisposeAsync();
        _folder.Dispose();
    }
}
