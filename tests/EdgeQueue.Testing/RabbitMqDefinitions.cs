using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace EdgeQueue.Testing;

/// <summary>
/// The definitions file a test's RabbitMQ node loads at boot (<c>load_definitions</c>): users,
/// virtual hosts, permissions and the MQTT port → virtual host mapping. Loading them at boot is
/// seconds faster than one <c>rabbitmqctl</c> call per user, each of which starts an Erlang VM.
/// </summary>
internal static class RabbitMqDefinitions
{
    public static JsonObject Create(RabbitMqOptions options, IReadOnlyList<(string Name, int MqttPort)> virtualHosts)
    {
        var users = new JsonArray();
        foreach (var (name, password) in options.Passwords.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            users.Add(new JsonObject
            {
                ["name"] = name,
                ["password_hash"] = PasswordHash(password),
                ["hashing_algorithm"] = "rabbit_password_hashing_sha256",
                ["tags"] = new JsonArray(),
            });
        }

        var hosts = new JsonArray();
        var permissions = new JsonArray();
        var topicPermissions = new JsonArray();
        var portToHost = new JsonObject();
        foreach (var (host, port) in virtualHosts)
        {
            hosts.Add(new JsonObject { ["name"] = host });
            portToHost[port.ToString(CultureInfo.InvariantCulture)] = host;
            foreach (var p in options.Permissions)
            {
                permissions.Add(new JsonObject { ["user"] = p.User, ["vhost"] = host, ["configure"] = p.Configure, ["write"] = p.Write, ["read"] = p.Read });
                topicPermissions.Add(new JsonObject
                {
                    ["user"] = p.User, ["vhost"] = host, ["exchange"] = Mqtt.Broker.Security.RabbitMqPermissions.Exchange,
                    ["write"] = p.TopicWrite, ["read"] = p.TopicRead,
                });
            }
        }

        return new JsonObject
        {
            ["users"] = users,
            ["vhosts"] = hosts,
            ["permissions"] = permissions,
            ["topic_permissions"] = topicPermissions,
            ["global_parameters"] = new JsonArray(new JsonObject { ["name"] = "mqtt_port_to_vhost_mapping", ["value"] = portToHost }),
        };
    }

    /// <summary>RabbitMQ's stored form: base64 of a 4-byte salt followed by SHA-256(salt + UTF-8 password).</summary>
    private static string PasswordHash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(4);
        var hash = SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]);
        return Convert.ToBase64String([.. salt, .. hash]);
    }
}
