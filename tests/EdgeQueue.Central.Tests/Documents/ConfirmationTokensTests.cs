using EdgeQueue.Central.Documents;
using EdgeQueue.Testing;
using Microsoft.AspNetCore.DataProtection;

namespace EdgeQueue.Central.Tests.Documents;

public sealed class ConfirmationTokensTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 7, 0, 0, TimeSpan.Zero));
    private readonly ConfirmationTokens _tokens;

    public ConfirmationTokensTests() => _tokens = new ConfirmationTokens(new EphemeralDataProtectionProvider(), _clock);

    [Fact]
    public void Open_SealedToken_GivesTheSameVisit()
    {
        var visit = VisitFixtures.Visit();

        Assert.Equal(visit, _tokens.Open(_tokens.Seal(visit)));
    }

    [Fact]
    public void Open_TamperedToken_IsNull()
    {
        var token = _tokens.Seal(VisitFixtures.Visit());
        var tampered = token[..^4] + (token[^4] == 'A' ? 'B' : 'A') + token[^3..];

        Assert.Null(_tokens.Open(tampered));
        Assert.Null(_tokens.Open("to-nie-jest-token"));
        Assert.Null(_tokens.Open(""));
    }

    [Fact]
    public void Open_TokenAfter45Days_IsNull()
    {
        var token = _tokens.Seal(VisitFixtures.Visit());

        _clock.Advance(TimeSpan.FromDays(46));

        Assert.Null(_tokens.Open(token));
    }

    [Fact]
    public void Seal_Token_DoesNotRevealTheCodeOrMatter()
    {
        var token = _tokens.Seal(VisitFixtures.Visit());

        Assert.DoesNotContain("K7MQ4PXR", token, StringComparison.Ordinal);
        Assert.DoesNotContain("dowodu", token, StringComparison.Ordinal);
    }
}
