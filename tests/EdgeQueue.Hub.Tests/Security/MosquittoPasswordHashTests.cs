using System.Diagnostics;
using EdgeQueue.Hub.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Security;

public sealed class MosquittoPasswordHashTests
{
    [Fact]
    public async Task Verify_HashMadeByMosquittoPasswd_AcceptsRightPasswordOnly()
    {
        using var folder = new TempDirectory("passwd");
        var file = folder.File("passwd");
        using (var tool = Process.Start(new ProcessStartInfo("/usr/bin/mosquitto_passwd") { ArgumentList = { "-c", "-b", file, "disp-01", "zażółć" } })!)
        {
            await tool.WaitForExitAsync();
            Assert.Equal(0, tool.ExitCode);
        }

        var hash = (await File.ReadAllTextAsync(file)).Trim().Split(':', 2)[1];

        Assert.StartsWith("$7$", hash, StringComparison.Ordinal);
        Assert.Null(MosquittoPasswordHash.Problem(hash));
        Assert.True(MosquittoPasswordHash.Verify("zażółć", hash));
        Assert.False(MosquittoPasswordHash.Verify("zazolc", hash));
    }

    [Fact]
    public void Create_ThenVerify_RoundTripsWithFreshSalt()
    {
        var a = MosquittoPasswordHash.Create("pw", 1000);
        var b = MosquittoPasswordHash.Create("pw", 1000);

        Assert.NotEqual(a, b);
        Assert.True(MosquittoPasswordHash.Verify("pw", a));
        Assert.False(MosquittoPasswordHash.Verify("pw2", a));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("$6$abc$def")]
    [InlineData("$7$x$c2FsdHNhbHQ=$aGFzaA==")]
    [InlineData("$7$101$!!$!!")]
    public void Problem_MalformedHash_ExplainsAndNeverVerifies(string stored)
    {
        Assert.NotNull(MosquittoPasswordHash.Problem(stored));
        Assert.False(MosquittoPasswordHash.Verify("anything", stored));
    }
}
