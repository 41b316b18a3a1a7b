using EdgeQueue.Contracts;
using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Central.Sync.Link;

/// <summary>
/// Who may do what on the central broker (DESIGN.md §5 rule 4): each hub only its own site's sync
/// topics, in the direction of each (publish events, bookings-ack, status, devices; read
/// events-ack, bookings, config); central reads and writes every site's sync topics. As rules for
/// the project's broker, as lines of a Mosquitto <c>acl_file</c> and as RabbitMQ permissions.
/// </summary>
public static class SyncAccessRules
{
    public static IReadOnlyList<AclRule> Hub(string siteId)
    {
        var topics = new SiteTopics(siteId);
        return
        [
            new AclRule(topics.SyncEvents, AclAccess.Write),
            new AclRule(topics.SyncBookingsAck, AclAccess.ReadWrite),
            new AclRule(topics.SyncStatus, AclAccess.Write),
            new AclRule(topics.SyncDevices, AclAccess.Write),
            new AclRule(topics.SyncEventsAck, AclAccess.Read),
            new AclRule(topics.SyncBookings, AclAccess.Read),
            new AclRule(topics.SyncConfig, AclAccess.Read),
        ];
    }

    public static IReadOnlyList<AclRule> Central { get; } = [new AclRule($"{SiteTopics.Root}/+/sync/#", AclAccess.ReadWrite)];

    /// <summary>Mosquitto ACL lines: a <c>user</c> block for central and one per hub (hub user → site id).</summary>
    public static IReadOnlyList<string> MosquittoLines(string centralUser, IReadOnlyDictionary<string, string> hubUserToSite)
    {
        ArgumentNullException.ThrowIfNull(hubUserToSite);
        var lines = new List<string> { $"user {centralUser}" };
        lines.AddRange(Central.Select(Line));
        foreach (var (user, site) in hubUserToSite.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            lines.Add(string.Empty);
            lines.Add($"user {user}");
            lines.AddRange(Hub(site).Select(Line));
        }

        return lines;
    }

    /// <summary>
    /// The same rules for a RabbitMQ central broker (docs/deploy/rabbitmq-cluster.md): central's user
    /// and each hub's (hub user → site id), each limited to its own client id's subscription queues;
    /// a hub's client id is its default <c>hub-{site}</c> (site file <c>central.clientId</c> unset).
    /// </summary>
    public static IReadOnlyList<RabbitMqPermissions> RabbitMq(string centralUser, IReadOnlyDictionary<string, string> hubUserToSite,
        string centralClientId = CentralSyncOptions.DefaultClientId)
    {
        ArgumentNullException.ThrowIfNull(hubUserToSite);
        var permissions = new List<RabbitMqPermissions> { RabbitMqAcl.Translate(centralUser, centralClientId, Central) };
        permissions.AddRange(hubUserToSite.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => RabbitMqAcl.Translate(p.Key, $"hub-{p.Value}", Hub(p.Value))));
        return permissions;
    }

    private static string Line(AclRule rule) => rule.Access switch
    {
        AclAccess.Read => $"topic read {rule.Topic}",
        AclAccess.Write => $"topic write {rule.Topic}",
        _ => $"topic readwrite {rule.Topic}",
    };
}
