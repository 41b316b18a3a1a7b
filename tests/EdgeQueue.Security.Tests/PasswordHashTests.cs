using EdgeQueue.Testing;

namespace EdgeQueue.Security.Tests;

public sealed class PasswordHashTests
{
    [Fact]
    public async Task Verify_HashMadeByMosquittoPasswd_AcceptsRightPasswordOnly()
    {
        using var folder = new TempDirectory("passwd");
        var file = folder.File("passwd");
        await ExternalProgram.OutputOfAsync("/usr/bin/mosquitto_passwd", "-c", "-b", file, "disp-01", "zażółć");

        var hash = (await File.ReadAllTextAsync(file)).Trim().Split(':', 2)[1];

        Assert.StartsWith(PasswordHash.Prefix, hash, StringComparison.Ordinal);
        Assert.Null(PasswordHash.Problem(hash));
        Assert.True(PasswordHash.Verify("zażółć", hash));
        Assert.False(PasswordHash.Verify("zazolc", hash));
    }

    [Fact]
    public async Task Create_PasswordFileForRealMosquitto_RightPasswordLogsInWrongOneRefused()
    {
        using var folder = new TempDirectory("passwd");
        var file = folder.File("edgequeue.passwd");
        await File.WriteAllTextAsync(file, $"disp-01:{PasswordHash.Create("demo-disp-01")}\n");
        await using var broker = await MosquittoRunner.StartAsync(new MosquittoOptions { ExtraConfig = [$"password_file {file}"] });

        var (right, peer) = await MqttNetPeer.TryConnectAsync(broker.Port, "disp-01", "disp-01", "demo-disp-01");
        await using (peer)
        {
            Assert.Equal(MQTTnet.MqttClientConnectResultCode.Success, right);
        }

        var (wrong, intruder) = await MqttNetPeer.TryConnectAsync(broker.Port, "disp-01b", "disp-01", "demo-disp-02");
        Assert.Null(intruder);
        Assert.NotEqual(MQTTnet.MqttClientConnectResultCode.Success, wrong);
    }

    [Fact]
    public void Create_SamePasswordTwice_FreshSaltAndBothVerify()
    {
        var a = PasswordHash.Create("pw", 1000);
        var b = PasswordHash.Create("pw", 1000);

        Assert.NotEqual(a, b);
        Assert.StartsWith("$7$1000$", a, StringComparison.Ordinal);
        Assert.True(PasswordHash.Verify("pw", a));
        Assert.True(PasswordHash.Verify("pw", b));
        Assert.False(PasswordHash.Verify("pw2", a));
        Assert.False(PasswordHash.Verify([], a));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("$6$abc$def")]
    [InlineData("$7$x$c2FsdHNhbHQ=$aGFzaA==")]
    [InlineData("$7$101$!!$!!")]
    [InlineData("$7$101$c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$10$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("pbkdf2-sha256$1000$not base64$AAAA")]
    [InlineData("sha1$1000$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==")]
    public void Problem_MalformedHash_ExplainsAndNeverVerifies(string? stored)
    {
        Assert.False(string.IsNullOrEmpty(PasswordHash.Problem(stored)));
        Assert.False(PasswordHash.Verify("anything", stored));
    }

    // Written by the broker host and central before the hashes became one (PBKDF2-HMAC-SHA256,
    // 1000 iterations, salt "legacy-salt-16by"); computed independently with Python's hashlib.
    private const string LegacyHash = "pbkdf2-sha256$1000$bGVnYWN5LXNhbHQtMTZieQ==$p2Y+DtaoM/1Xbeh79zBveG5Acd94n7j0+Tk5KM2XeGI=";

    [Fact]
    public void Verify_LegacyHash_StillVerifiesAndIsMarkedForRehash()
    {
        Assert.Null(PasswordHash.Problem(LegacyHash));
        Assert.True(PasswordHash.IsLegacy(LegacyHash));
        Assert.True(PasswordHash.Verify("haslo-sprzed-grudnia", LegacyHash));
        Assert.False(PasswordHash.Verify("haslo-sprzed-grudnia!", LegacyHash));
        Assert.False(PasswordHash.IsLegacy(PasswordHash.Create("x", 1000)));
    }

    [Fact]
    public void IterationsOf_EitherFormat_CountOfTheHashOrDefaultWhenMalformed()
    {
        Assert.Equal(2500, PasswordHash.IterationsOf(PasswordHash.Create("x", 2500)));
        Assert.Equal(1000, PasswordHash.IterationsOf(LegacyHash));
        Assert.Equal(PasswordHash.DefaultIterations, PasswordHash.IterationsOf("$7$nonsense"));
    }
}
