using System.Text;
using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Mqtt.Tests.Broker.Security;

public sealed class PasswordHasherTests
{
    [Fact]
    public void Verify_RightAndWrongPassword_OnlyRightOneVerifies()
    {
        var stored = PasswordHasher.Hash("s3cret-Ä", iterations: 1_000);

        Assert.True(PasswordHasher.Verify(Encoding.UTF8.GetBytes("s3cret-Ä"), stored));
        Assert.False(PasswordHasher.Verify(Encoding.UTF8.GetBytes("s3cret-A"), stored));
        Assert.False(PasswordHasher.Verify([], stored));
    }

    [Fact]
    public void Hash_SamePasswordTwice_DifferentSalts()
    {
        Assert.NotEqual(PasswordHasher.Hash("pw", 1_000), PasswordHasher.Hash("pw", 1_000));
        Assert.StartsWith("pbkdf2-sha256$1000$", PasswordHasher.Hash("pw", 1_000), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha256$abc$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("pbkdf2-sha256$10$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("pbkdf2-sha256$1000$not base64$AAAA")]
    [InlineData("sha1$1000$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==")]
    public void TryParse_MalformedHash_FalseWithReasonAndNeverVerifies(string stored)
    {
        Assert.False(PasswordHasher.TryParse(stored, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
        Assert.False(PasswordHasher.Verify("x"u8, stored));
    }

    [Fact]
    public async Task UserListAuthenticator_Credentials_MapToConnAckCodes()
    {
        var users = new Dictionary<string, string> { ["disp-01"] = PasswordHasher.Hash("pw1", 1_000) };
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
