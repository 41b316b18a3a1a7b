using System.Text.Json;
using EdgeQueue.Contracts;

namespace EdgeQueue.Contracts.Tests;

public sealed class EventIdTests
{
    private static readonly Lazy<JsonDocument> Rules = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "golden", "rules", "event-ids.json"))));

    public static TheoryData<string> Canonical() =>
        [.. Rules.Value.RootElement.GetProperty("canonical").EnumerateArray().Select(e => e.GetString()!)];

    public static TheoryData<string, string> Refused()
    {
        var data = new TheoryData<string, string>();
        foreach (var refused in Rules.Value.RootElement.GetProperty("refused").EnumerateArray())
        {
            data.Add(refused.GetProperty("id").GetString()!, refused.GetProperty("because").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Parse_ContractExample_ReadsDeviceBootAndSequence()
    {
        var id = EventId.Parse("disp-01.7f3a.42");

        Assert.Equal(DeviceId.Parse("disp-01"), id.Device);
        Assert.Equal("7f3a", id.BootId);
        Assert.Equal(42, id.Sequence);
        Assert.Equal("disp-01.7f3a.42", id.ToString());
    }

    [Theory]
    [MemberData(nameof(Canonical))]
    public void TryParse_GoldenCanonicalId_AcceptedAndWrittenBackUnchanged(string text)
    {
        Assert.True(EventId.TryParse(text, out var id, out var error), error);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void TryParse_GoldenOtherSpelling_RefusedNamingThePart(string text, string because)
    {
        Assert.False(EventId.TryParse(text, out _, out var error));
        Assert.Contains(because, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ControlCharacter_ShownEscapedInTheError()
    {
        Assert.False(EventId.TryParse("disp-02.beef.1\0", out _, out var error));

        Assert.Contains("disp-02.beef.1\\u0000", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', error);
    }

    [Fact]
    public void Rule_GoldenFile_StatesTheSameRule()
    {
        Assert.Equal(EventId.Rule, Rules.Value.RootElement.GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("disp-01.7f3a", "{deviceId}.{bootId}.{seq}")]
    [InlineData("disp-01.zz.1", "hex")]
    [InlineData("disp-01.7f3a.-1", "whole number")]
    [InlineData("nope-01.7f3a.1", "unknown role")]
    public void TryParse_Malformed_ExplainsWhy(string text, string expected)
    {
        Assert.False(EventId.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
