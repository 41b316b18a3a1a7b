using EdgeQueue.Contracts;
using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Hub.Security;

/// <summary>
/// DESIGN.md §5 rule 4 as topic rules: a device publishes only its own <c>event</c> and
/// <c>state</c> and reads only its own <c>reply</c>, <c>config</c>, <c>show</c>, plus
/// <c>hall/calls</c> and <c>hub/state</c> (addressed to all, holding nothing private). The same rules
/// drive the embedded broker and the exported Mosquitto ACL file.
/// </summary>
public static class DeviceTopicRules
{
    public static IReadOnlyList<AclRule> ForDevice(SiteTopics topics, DeviceId device)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var rules = new List<AclRule>
        {
            new(topics.DeviceState(device), AclAccess.Write),
            new(topics.DeviceReply(device), AclAccess.Read),
            new(topics.DeviceConfig(device), AclAccess.Read),
            new(topics.DeviceShow(device), AclAccess.Read),
            new(topics.HallCalls, AclAccess.Read),
            new(topics.HubState, AclAccess.Read),
        };
        if (device.Role != DeviceRoles.Board)
        {
            rules.Insert(0, new AclRule(topics.DeviceEvent(device), AclAccess.Write));
        }

        return rules;
    }

    /// <summary>The hub itself: everything under the site's prefix.</summary>
    public static IReadOnlyList<AclRule> ForHub(SiteTopics topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return [new AclRule($"{topics.Prefix}/#", AclAccess.ReadWrite)];
    }
}
