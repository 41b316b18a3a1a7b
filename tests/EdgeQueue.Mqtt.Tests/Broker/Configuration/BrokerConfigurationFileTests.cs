using EdgeQueue.Mqtt.Broker.Configuration;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Broker.Configuration;

public sealed class BrokerConfigurationFileTests
{
    private static readonly string Hash = PasswordHash.Create("pw", 1_000);

    private static BrokerConfiguration Parse(string json) => BrokerConfigurationFile.Parse(json, "broker.json", ".");

    [Fact]
    public void Parse_FullFile_ListenersUsersAclAndLimits()
    {
        var configuration = Parse($$"""
            {
              // comments are allowed
              "listeners": [ { "port": 1883, "bind": "127.0.0.1" } ],
              "allowAnonymous": false,
              "users": [
                { "username": "hub", "passwordHash": "{{Hash}}", "acl": [ { "topic": "eq/v1/#", "access": "readwrite" } ] },
                { "username": "disp-01", "passwordHash": "{{Hash}}" }
              ],
              "patterns": [ { "topic": "eq/v1/+/device/%u/event", "access": "write" } ],
              "limits": { "maxInflightMessages": 5, "maxQueuedMessages": 50, "connectTimeoutSeconds": 3 }
            }
            """);

        var listener = Assert.Single(configuration.Listeners);
        Assert.Equal(1883, listener.EndPoint.Port);
        Assert.Equal("127.0.0.1", listener.EndPoint.Address.ToString());
        Assert.True(configuration.HasAcl);
        Assert.Equal(5, configuration.Limits.MaxInflightMessages);
        Assert.Equal(50, configuration.Limits.MaxQueuedMessages);
        Assert.Equal(TimeSpan.FromSeconds(3), configuration.Limits.ConnectTimeout);
        var device = configuration.Authorizer.GetPermissions(new MqttClientIdentity("disp-01", "disp-01", null));
        Assert.True(device.CanPublish("eq/v1/h/device/disp-01/event"));
        Assert.False(device.CanPublish("eq/v1/h/device/disp-02/event"));
    }

    [Fact]
    public void Parse_ClientIdRule_FileWideWithPerUserExceptionAndNewLimits()
    {
        var configuration = Parse($$"""
            {
              "clientIdMustMatchUsername": true,
              "users": [
                { "username": "hub", "passwordHash": "{{Hash}}", "clientIdMustMatchUsername": false },
                { "username": "disp-01", "passwordHash": "{{Hash}}" }
              ],
              "limits": { "maxPendingConnections": 64, "publisherHoldTimeoutSeconds": 2.5 }
            }
            """);

        Assert.True(configuration.ClientIdMustMatchUsername("disp-01"));
        Assert.False(configuration.ClientIdMustMatchUsername("hub"));
        Assert.Equal(64, configuration.Limits.MaxPendingConnections);
        Assert.Equal(TimeSpan.FromSeconds(2.5), configuration.Limits.PublisherHoldTimeout);
        Assert.False(Parse("{}").ClientIdMustMatchUsername("disp-01"));
    }

    [Fact]
    public void Parse_NoAclAnywhere_AllowsAll()
    {
        var configuration = Parse("""{ "allowAnonymous": true }""");

        Assert.False(configuration.HasAcl);
        Assert.Same(AllowAllAuthorizer.Instance, configuration.Authorizer);
        Assert.Empty(configuration.Listeners);
    }

    [Theory]
    [InlineData("""{ "listners": [] }""", "listners")]
    [InlineData("""{ "listeners": [ { "port": 70000 } ] }""", "listeners[0].port")]
    [InlineData("""{ "listeners": [ { "port": 1883, "bind": "localhost:1" } ] }""", "is not an IP address")]
    [InlineData("""{ "listeners": [ { "port": 8883, "tls": { "certificate": "missing.pem", "privateKey": "missing.key" } } ] }""", "cannot load certificate")]
    [InlineData("""{ "users": [ { "username": "a", "passwordHash": "secret" } ] }""", "user 'a': passwordHash expected a Mosquitto hash $7$ITERATIONS$SALT$HASH")]
    [InlineData("""{ "users": [ { "username": "a" } ] }""", "user 'a' has no passwordHash")]
    [InlineData("""{ "patterns": [ { "topic": "a/#/b", "access": "read" } ] }""", "patterns[0].topic 'a/#/b' is not a valid topic filter")]
    [InlineData("""{ "anonymousAcl": [ { "topic": "a", "access": "rw" } ] }""", "anonymousAcl[0].access 'rw' must be read, write or readwrite")]
    [InlineData("""{ "limits": { "maxInflightMessages": 0 } }""", "MaxInflightMessages must be 1..65535")]
    [InlineData("""{ "limits": { "maxPendingConnections": 0 } }""", "MaxPendingConnections must be at least 1")]
    [InlineData("""{ "limits": { "publisherHoldTimeoutSeconds": -1 } }""", "PublisherHoldTimeout must be 0 or more")]
    [InlineData("""{ "users": [ { "username": "a", "passwordHash": "x", "clientIdMustMatchUsername": "yes" } ] }""", "not a valid broker configuration")]
    [InlineData("""{ "allowAnonymous": "yes" }""", "not a valid broker configuration")]
    [InlineData("""[1, 2]""", "not a valid broker configuration")]
    [InlineData("""null""", "the configuration is empty")]
    public void Parse_BadFile_ErrorNamesFileAndProblem(string json, string expected)
    {
        var error = Assert.Throws<BrokerConfigurationException>(() => Parse(json));

        Assert.StartsWith("broker.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ErrorNamesThePath()
    {
        using var folder = new TempDirectory();
        var path = folder.File("nope.json");

        var error = Assert.Throws<BrokerConfigurationException>(() => BrokerConfigurationFile.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
