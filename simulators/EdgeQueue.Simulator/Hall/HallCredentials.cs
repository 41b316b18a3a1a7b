using System.Security.Cryptography;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// Fresh passwords for one simulated hall: every device its own, the hub's and the technician's;
/// with central, the city broker's logins of central and of this hall's hub and central's first administrator.
/// </summary>
internal sealed class HallCredentials
{
    private readonly Dictionary<string, string> _devices = new(StringComparer.Ordinal);

    public HallCredentials(IEnumerable<string> deviceIds)
    {
        foreach (var id in deviceIds)
        {
            _devices[id] = NewPassword();
        }
    }

    public string HubUser => "hub";

    public string HubPassword { get; } = NewPassword();

    public string TechnicianUser => "technik";

    public string TechnicianPassword { get; } = NewPassword();

    public IReadOnlyDictionary<string, string> Devices => _devices;

    /// <summary>Central's login on the city broker.</summary>
    public string CentralUser => "central";

    public string CentralPassword { get; } = NewPassword();

    /// <summary>The hub's login on the city broker (a hub per hall, named after its site).</summary>
    public string CityHubUser => $"hub-{SiteFileWriter.SiteId}";

    public string CityHubPassword { get; } = NewPassword();

    /// <summary>Central's first administrator, created on its first start (it sees statistics, the fleet and the administration).</summary>
    public string AdministratorUser => "admin";

    public string AdministratorPassword { get; } = NewPassword();

    private static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(9));
}
