using System.Security.Cryptography;

namespace EdgeQueue.Simulator.Hall;

/// <summary>Fresh passwords for one simulated hall: every device its own, the hub's and the technician's.</summary>
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

    private static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(9));
}
