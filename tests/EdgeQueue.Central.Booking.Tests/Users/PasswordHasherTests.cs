using EdgeQueue.Central.Booking.Users;

namespace EdgeQueue.Central.Booking.Tests.Users;

public sealed class PasswordHasherTests
{
    [Fact]
    public void Hash_SamePasswordTwice_IsSaltedAndVerifies()
    {
        var first = PasswordHasher.Hash("zaq1@WSXcde3", 1000);
        var second = PasswordHasher.Hash("zaq1@WSXcde3", 1000);

        Assert.NotEqual(first, second);
        Assert.StartsWith("pbkdf2-sha256$1000$", first, StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("zaq1@WSXcde3", first));
        Assert.False(PasswordHasher.Verify("zaq1@WSXcde4", first));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text")]
    [InlineData("pbkdf2-sha256$10$AAAA$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$%%%$AAAA")]
    public void Verify_MalformedStoredHash_IsFalseNotAnException(string stored) =>
        Assert.False(PasswordHasher.Verify("anything", stored));
}
