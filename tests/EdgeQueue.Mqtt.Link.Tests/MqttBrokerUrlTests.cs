namespace EdgeQueue.Mqtt.Link.Tests;

public sealed class MqttBrokerUrlTests
{
    [Theory]
    [InlineData("mqtt://broker.local", false, 1883)]
    [InlineData("mqtts://broker.local", true, 8883)]
    [InlineData("mqtts://broker.local:9883", true, 9883)]
    [InlineData("mqtt://127.0.0.1:1884", false, 1884)]
    public void ForUrl_Url_ChoosesTlsAndPort(string text, bool tls, int port)
    {
        Assert.True(MqttBrokerUrl.TryParse(text, out var url));

        var options = MqttLinkOptions.ForUrl(url, "hub-s1");

        Assert.Equal(tls, options.Tls is not null);
        Assert.Equal(port, options.Port);
        Assert.Equal(url.Host, options.Host);
    }

    [Theory]
    [InlineData("")]
    [InlineData("broker.local:1883")]
    [InlineData("http://broker.local")]
    [InlineData("mqtt://")]
    [InlineData(null)]
    public void TryParse_NotAnMqttUrl_IsRefused(string? text)
    {
        Assert.False(MqttBrokerUrl.TryParse(text, out _));
    }

    [Fact]
    public void TlsFor_MissingCaFile_FailsNamingTheFile()
    {
        Assert.True(MqttBrokerUrl.TryParse("mqtts://broker.local", out var url));

        var e = Assert.ThrowsAny<Exception>(() => MqttBrokerUrl.TlsFor(url, "/nonexistent/ca.pem"));

        Assert.Contains("ca.pem", e.Message, StringComparison.Ordinal);
    }
}
