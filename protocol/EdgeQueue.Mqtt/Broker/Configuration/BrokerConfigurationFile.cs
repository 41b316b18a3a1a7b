using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Serialization;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Security;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker.Configuration;

/// <summary>
/// Reads the broker's JSON configuration file: listeners (TCP, TLS), anonymous access, users with
/// password hashes, ACL rules per user, for anonymous clients and as %u/%c patterns, whether a
/// user's client id must be its user name, and limits.
/// Unknown properties, bad values and unreadable certificates are errors naming the file and the
/// entry, never silently ignored.
/// </summary>
public static class BrokerConfigurationFile
{
    public static BrokerConfiguration Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BrokerConfigurationException($"{path}: cannot read the broker configuration: {e.Message}", e);
        }

        return Parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    /// <param name="json">The file's text.</param>
    /// <param name="source">Name used in error messages.</param>
    /// <param name="baseDirectory">Folder that relative certificate paths are resolved against.</param>
    public static BrokerConfiguration Parse(string json, string source, string baseDirectory)
    {
        ConfigDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ConfigDocumentJsonContext.Default.ConfigDocument);
        }
        catch (JsonException e)
        {
            throw new BrokerConfigurationException($"{source}: not a valid broker configuration: {e.Message}", e);
        }

        if (document is null)
        {
            throw new BrokerConfigurationException($"{source}: the configuration is empty (expected a JSON object)");
        }

        var errors = new List<string>();
        var listeners = ReadListeners(document.Listeners ?? [], baseDirectory, errors);
        var hashes = ReadUsers(document.Users ?? [], errors);
        var userRules = new Dictionary<string, IReadOnlyList<AclRule>>(StringComparer.Ordinal);
        foreach (var user in document.Users ?? [])
        {
            if (user.Username is { Length: > 0 } name && user.Acl is { } acl)
            {
                userRules[name] = ReadRules(acl, $"users[{name}].acl", errors);
            }
        }

        var anonymousRules = ReadRules(document.AnonymousAcl ?? [], "anonymousAcl", errors);
        var patterns = ReadRules(document.Patterns ?? [], "patterns", errors);
        var limits = ReadLimits(document.Limits, errors);
        if (errors.Count > 0)
        {
            throw new BrokerConfigurationException($"{source}: {string.Join("; ", errors)}");
        }

        var hasAcl = document.AnonymousAcl is not null || document.Patterns is not null
                     || (document.Users ?? []).Any(u => u.Acl is not null);
        IMqttAuthorizer authorizer = hasAcl
            ? new AclAuthorizer(anonymousRules, userRules, patterns)
            : AllowAllAuthorizer.Instance;
        var everyone = document.ClientIdMustMatchUsername;
        var perUser = (document.Users ?? []).Where(u => u.Username is { Length: > 0 } && u.ClientIdMustMatchUsername is not null)
            .ToDictionary(u => u.Username!, u => u.ClientIdMustMatchUsername!.Value, StringComparer.Ordinal);
        return new BrokerConfiguration(listeners, new UserListAuthenticator(hashes, document.AllowAnonymous), authorizer, limits, hasAcl,
            user => perUser.TryGetValue(user, out var own) ? own : everyone);
    }

    private static List<MqttListenerOptions> ReadListeners(List<ListenerDocument> documents, string baseDirectory, List<string> errors)
    {
        var listeners = new List<MqttListenerOptions>();
        for (var i = 0; i < documents.Count; i++)
        {
            var entry = documents[i];
            var where = $"listeners[{i}]";
            if (entry.Port is not { } port || port is < 0 or > 65535)
            {
                errors.Add($"{where}.port must be a number 0..65535");
                continue;
            }

            var bind = entry.Bind ?? "0.0.0.0";
            if (!IPAddress.TryParse(bind, out var address))
            {
                errors.Add($"{where}.bind '{bind}' is not an IP address");
                continue;
            }

            X509Certificate2? certificate = null;
            if (entry.Tls is { } tls)
            {
                certificate = LoadCertificate(tls, baseDirectory, $"{where}.tls", errors);
                if (certificate is null)
                {
                    continue;
                }
            }

            listeners.Add(new MqttListenerOptions(new IPEndPoint(address, port), certificate));
        }

        return listeners;
    }

    private static X509Certificate2? LoadCertificate(TlsDocument tls, string baseDirectory, string where, List<string> errors)
    {
        if (string.IsNullOrEmpty(tls.Certificate))
        {
            errors.Add($"{where}.certificate is required");
            return null;
        }

        var certificatePath = Path.Combine(baseDirectory, tls.Certificate);
        try
        {
            if (tls.PrivateKey is { Length: > 0 } key)
            {
                return X509Certificate2.CreateFromPemFile(certificatePath, Path.Combine(baseDirectory, key));
            }

            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, tls.Password);
            if (!certificate.HasPrivateKey)
            {
                errors.Add($"{where}: {certificatePath} holds no private key");
                certificate.Dispose();
                return null;
            }

            return certificate;
        }
        catch (Exception e) when (e is IOException or CryptographicException or UnauthorizedAccessException)
        {
            errors.Add($"{where}: cannot load certificate {certificatePath}: {e.Message}");
            return null;
        }
    }

    private static Dictionary<string, string> ReadUsers(List<UserDocument> users, List<string> errors)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < users.Count; i++)
        {
            var user = users[i];
            if (string.IsNullOrEmpty(user.Username))
            {
                errors.Add($"users[{i}].username is required");
                continue;
            }

            if (hashes.ContainsKey(user.Username))
            {
                errors.Add($"user '{user.Username}' is listed twice");
                continue;
            }

            if (user.PasswordHash is null)
            {
                errors.Add($"user '{user.Username}' has no passwordHash");
                continue;
            }

            if (PasswordHash.Problem(user.PasswordHash) is { } problem)
            {
                errors.Add($"user '{user.Username}': passwordHash {problem}");
                continue;
            }

            hashes[user.Username] = user.PasswordHash;
        }

        return hashes;
    }

    private static List<AclRule> ReadRules(List<AclRuleDocument> rules, string where, List<string> errors)
    {
        var result = new List<AclRule>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (string.IsNullOrEmpty(rule.Topic) || !MqttTopic.IsValidFilter(rule.Topic))
            {
                errors.Add($"{where}[{i}].topic '{rule.Topic}' is not a valid topic filter");
                continue;
            }

            AclAccess? access = rule.Access switch
            {
                "read" => AclAccess.Read,
                "write" => AclAccess.Write,
                "readwrite" => AclAccess.ReadWrite,
                _ => null,
            };
            if (access is null)
            {
                errors.Add($"{where}[{i}].access '{rule.Access}' must be read, write or readwrite");
                continue;
            }

            result.Add(new AclRule(rule.Topic, access.Value));
        }

        return result;
    }

    private static MqttBrokerLimits ReadLimits(LimitsDocument? document, List<string> errors)
    {
        var defaults = new MqttBrokerLimits();
        if (document is null)
        {
            return defaults;
        }

        var limits = defaults with
        {
            MaxPacketSize = document.MaxPacketSize ?? defaults.MaxPacketSize,
            MaxInflightMessages = document.MaxInflightMessages ?? defaults.MaxInflightMessages,
            MaxQueuedMessages = document.MaxQueuedMessages ?? defaults.MaxQueuedMessages,
            MaxConnections = document.MaxConnections ?? defaults.MaxConnections,
            MaxPendingConnections = document.MaxPendingConnections ?? defaults.MaxPendingConnections,
            PublisherHoldTimeout = document.PublisherHoldTimeoutSeconds is { } hold
                ? hold is >= 0 and < 3600 ? TimeSpan.FromSeconds(hold) : TimeSpan.MinValue
                : defaults.PublisherHoldTimeout,
            ConnectTimeout = document.ConnectTimeoutSeconds is { } seconds && seconds > 0 && seconds < 3600
                ? TimeSpan.FromSeconds(seconds)
                : document.ConnectTimeoutSeconds is null ? defaults.ConnectTimeout : TimeSpan.Zero,
        };
        try
        {
            limits.Validate();
        }
        catch (ArgumentException e)
        {
            errors.Add($"limits: {e.Message.Split(" (Parameter", 2)[0]}");
        }

        return limits;
    }
}
