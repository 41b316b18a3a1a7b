using System.Text;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Security;

namespace EdgeQueue.Mqtt.Tests.Broker.Security;

public sealed class UserListAuthenticatorTests
{
    [Fact]
    public async Task AuthenticateAsync_Credentials_MapToConnAckCodes()
    {
        var users = new Dictionary<string, string> { ["disp-01"] = PasswordHash.Create("pw1", 1_000) };
        var closed = new UserListAuthenticator(users, allowAnonymous: false);
        var open = new UserListAuthenticator(users, allowAnonymous: true);

        static MqttConnectRequest Request(string? user, string? password) =>
            new("c", user, password is null ? null : Encoding.UTF8.GetBytes(password), null, false);

        Assert.Equal(MqttAuthenticationResult.Accepted, await closed.AuthenticateAsync(Request("disp-01", "pw1"), default));
        Assert.Equal(MqttAuthenticationResult.BadUsernameOrPassword, await closed.AuthenticateAsync(Request("disp-01", "pw2"), default));
        Assert.Equal(MqttAuthenticationResult.BadUsernameOrPassword, await closed.AuthenticateAsync(Request("disp-01", null), default));
        Assert.Equal(MqttAuthenticationResult.BadUsernameOrPassword, await closed.AuthenticateAsync(Request("nobody", "pw1"), default));
        Assert.Equal(MqttAuthenticationResult.NotAuthorized, await closed.AuthenticateAsync(Request(null, null), default));
        Assert.Equal(MqttAuthenticationResult.Accepted, await open.AuthenticateAsync(Request(null, null), default));
    }
}
