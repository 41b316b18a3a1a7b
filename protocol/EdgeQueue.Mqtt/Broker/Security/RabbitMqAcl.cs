using System.Text.RegularExpressions;

namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>
/// Translates a user's <see cref="AclRule"/>s (the rules the project's broker enforces and the
/// Mosquitto <c>acl_file</c> lines say) into RabbitMQ permissions, for a city whose central broker
/// is a RabbitMQ cluster with the MQTT plugin. Verified against RabbitMQ 3.10.8 (Debian 12).
/// </summary>
public static class RabbitMqAcl
{
    /// <summary>
    /// The permissions of <paramref name="user"/>, who connects with <paramref name="clientId"/>:
    /// only its own subscription queues (another client id is refused at subscribe), and routing
    /// keys matching its write and read rules. Every user gets topic permissions: RabbitMQ lets a
    /// user without any topic permission use every topic.
    /// </summary>
    public static RabbitMqPermissions Translate(string user, string clientId, IReadOnlyList<AclRule> rules)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentNullException.ThrowIfNull(rules);
        var queues = $"mqtt-subscription-{Regex.Escape(clientId)}qos[01]";
        var exchange = Regex.Escape(RabbitMqPermissions.Exchange);
        return new RabbitMqPermissions(user, $"^{queues}$", $"^({exchange}|{queues})$", $"^({exchange}|{queues})$",
            RoutingKeys(rules, AclAccess.Write), RoutingKeys(rules, AclAccess.Read));
    }

    /// <summary>
    /// A regexp over routing keys that matches what <paramref name="filter"/> covers: for publishes
    /// the topic's routing key, for subscriptions the filter's own binding key (RabbitMQ matches a
    /// subscription's <c>eq.v1.*.sync.#</c> literally against the read regexp).
    /// </summary>
    public static string RoutingKeyPattern(string filter)
    {
        ArgumentException.ThrowIfNullOrEmpty(filter);
        var levels = filter.Split('/');
        var pattern = new System.Text.StringBuilder();
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            if (level == "#")
            {
                // "a/#" also covers "a" itself, as in MQTT.
                pattern.Append(i == 0 ? ".*" : @"(\..*)?");
                break;
            }

            if (i > 0)
            {
                pattern.Append(@"\.");
            }

            pattern.Append(level == "+" ? "[^.]+" : Regex.Escape(level));
        }

        return pattern.ToString();
    }

    /// <summary><c>rabbitmqctl</c> command lines that give these permissions on <paramref name="virtualHost"/>.</summary>
    public static IReadOnlyList<string> CommandLines(string virtualHost, RabbitMqPermissions permissions)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        return
        [
            $"rabbitmqctl set_permissions -p '{virtualHost}' '{permissions.User}' '{permissions.Configure}' '{permissions.Write}' '{permissions.Read}'",
            $"rabbitmqctl set_topic_permissions -p '{virtualHost}' '{permissions.User}' {RabbitMqPermissions.Exchange} '{permissions.TopicWrite}' '{permissions.TopicRead}'",
        ];
    }

    private static string RoutingKeys(IReadOnlyList<AclRule> rules, AclAccess access)
    {
        var patterns = rules.Where(r => (r.Access & access) == access).Select(r => RoutingKeyPattern(r.Topic)).ToList();
        // No rule: a pattern no routing key matches (RabbitMQ's routing keys are never empty here).
        return patterns.Count == 0 ? "^$" : $"^({string.Join('|', patterns)})$";
    }
}
