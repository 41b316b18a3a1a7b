using System.Net;
using System.Text.Json;
using EdgeQueue.Central.SiteViews.Notifications;
using EdgeQueue.Testing;

namespace EdgeQueue.Central.SiteViews.Tests.Notifications;

public sealed class WebhookNotifierTests
{
    private static readonly TicketNotification Message = new("+48600100200", "olsztyn", "A017", "Bilet A017: przed Tobą 1 osoba.");

    [Fact]
    public async Task NotifyAsync_LoopbackGateway_ReceivesJsonWithBearerToken()
    {
        using var gateway = new LoopbackWebhook();
        using var http = new HttpClient();
        var notifier = new WebhookNotifier(http, new NotificationOptions { WebhookUrl = gateway.Url, WebhookToken = "sekret" });

        await notifier.NotifyAsync(Message, CancellationToken.None);

        var request = gateway.Next();
        Assert.Equal(("POST", "Bearer sekret"), (request.Method, request.Authorization));
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("+48600100200", body.RootElement.GetProperty("to").GetString());
        Assert.Equal("Bilet A017: przed Tobą 1 osoba.", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("olsztyn", body.RootElement.GetProperty("site").GetString());
        Assert.Equal("A017", body.RootElement.GetProperty("ticket").GetString());
    }

    [Fact]
    public async Task NotifyAsync_GatewayRefuses_FailureNamesStatusNotPhone()
    {
        using var gateway = new LoopbackWebhook { Answer = HttpStatusCode.InternalServerError };
        using var http = new HttpClient();
        var notifier = new WebhookNotifier(http, new NotificationOptions { WebhookUrl = gateway.Url });

        var error = await Assert.ThrowsAsync<NotificationFailedException>(() => notifier.NotifyAsync(Message, CancellationToken.None));

        Assert.Contains("500", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("600100200", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_NobodyListening_Failure()
    {
        using var http = new HttpClient();
        var notifier = new WebhookNotifier(http, new NotificationOptions { WebhookUrl = $"http://127.0.0.1:{FreePort.Next()}/sms" });

        var error = await Assert.ThrowsAsync<NotificationFailedException>(() => notifier.NotifyAsync(Message, CancellationToken.None));

        Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ftp://gateway/sms")]
    [InlineData("/relative")]
    public void Constructor_BadUrl_ClearError(string url)
    {
        using var http = new HttpClient();

        var error = Assert.Throws<ArgumentException>(() => new WebhookNotifier(http, new NotificationOptions { WebhookUrl = url }));

        Assert.Contains("Central:Notifications:WebhookUrl", error.Message, StringComparison.Ordinal);
    }
}
