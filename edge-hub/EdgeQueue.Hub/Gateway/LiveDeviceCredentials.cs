using EdgeQueue.Contracts;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Hub.Gateway;

/// <summary>
/// The devices' password hashes and topic rules as the embedded broker checks them: one immutable
/// set, swapped whole by <see cref="Replace"/> when the site file's devices change, so a CONNECT sees
/// either the old set or the new one, never half of each. Permissions are fixed when a client
/// connects (<see cref="IMqttAuthorizer"/>); a device whose credentials went away is disconnected
/// by the bus (<see cref="EmbeddedSiteBus.ApplyDevices"/>) and its next CONNECT meets the new set.
/// </summary>
public sealed class LiveDeviceCredentials : IMqttAuthorizer
{
    private readonly SiteTopics _topics;
    private readonly Lock _replacing = new();
    private Set _current;

    public LiveDeviceCredentials(SiteTopics topics, IReadOnlyList<DeviceDefinition> devices)
    {
        ArgumentNullException.ThrowIfNull(topics);
        _topics = topics;
        _current = Set.Of(topics, devices);
    }

    public bool TryGetHash(string user, out string hash) =>
        Volatile.Read(ref _current).Hashes.TryGetValue(user, out hash!);

    public IMqttClientPermissions GetPermissions(MqttClientIdentity client) => Volatile.Read(ref _current).Acl.GetPermissions(client);

    /// <summary>Takes <paramref name="devices"/> as the site's devices from now on; returns what changed.</summary>
    public CredentialChanges Replace(IReadOnlyList<DeviceDefinition> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        lock (_replacing)
        {
            var before = _current.Hashes;
            var after = Set.Of(_topics, devices);
            var changes = new CredentialChanges(
                [.. after.Hashes.Keys.Where(id => !before.ContainsKey(id)).Order(StringComparer.Ordinal)],
                [.. before.Keys.Where(id => !after.Hashes.ContainsKey(id)).Order(StringComparer.Ordinal)],
                [.. after.Hashes.Where(d => before.TryGetValue(d.Key, out var old) && old != d.Value).Select(d => d.Key).Order(StringComparer.Ordinal)]);
            Volatile.Write(ref _current, after);
            return changes;
        }
    }

    private sealed record Set(IReadOnlyDictionary<string, string> Hashes, AclAuthorizer Acl)
    {
        public static Set Of(SiteTopics topics, IReadOnlyList<DeviceDefinition> devices) => new(
            devices.ToDictionary(d => d.Id.ToString(), d => d.PasswordHash, StringComparer.Ordinal),
            new AclAuthorizer([], devices.ToDictionary(d => d.Id.ToString(), d => DeviceTopicRules.ForDevice(topics, d.Id), StringComparer.Ordinal), []));
    }
}
