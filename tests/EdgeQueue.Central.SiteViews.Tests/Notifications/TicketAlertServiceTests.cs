using System.Text.Json;
using EdgeQueue.Central.SiteViews.Feed;
using EdgeQueue.Central.SiteViews.Notifications;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeQueue.Central.SiteViews.Tests.Notifications;

public sealed class TicketAlertServiceTests : IDisposable
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);   // 10:00 in Warsaw

    private readonly ManualTimeProvider _time = new(Start);
    private readonly MemorySiteFeed _feed = new();
    private readonly LoopbackWebhook _gateway = new();
    private readonly HttpClient _http = new();
    private readonly NotificationOptions _options;
    private readonly TicketAlerts _alerts;
    private readonly TicketAlertService _service;

    public TicketAlertServiceTests()
    {
        _options = new NotificationOptions { Notifier = NotificationOptions.Webhook, WebhookUrl = _gateway.Url, Attempts = 2 };
        _alerts = new TicketAlerts(_options, Warsaw);
        _service = new TicketAlertService(_feed, _alerts, new WebhookNotifier(_http, _options), _options, _time,
            NullLogger<TicketAlertService>.Instance);
    }

    public void Dispose()
    {
        _service.Dispose();
        _http.Dispose();
        _gateway.Dispose();
    }

    private SiteStatusReport? _latest;

    private void Queue(params string[] waitingA)
    {
        var status = new SyncSiteStatus(_time.GetUtcNow(),
            [new SyncCategoryStatus("A", "Dowody osobiste", true, [.. waitingA.Select((t, i) => new SyncWaitingTicket(t, (i + 1) * 4))])],
            [new SyncCounterStatus(1, true, "A016")]);
        _feed.SetStatus("olsztyn", status, _time.GetUtcNow());
        _latest = new SiteStatusReport("olsztyn", status, _time.GetUtcNow());
    }

    /// <summary>Opts in as the e-ticket page does: against the site's latest status.</summary>
    private TicketAlertResult OptIn(string ticket, string phone, int ahead) =>
        _alerts.Add("olsztyn", ticket, _latest, phone, ahead, _time.GetUtcNow());

    [Fact]
    public async Task CheckAsync_TicketComesClose_OneMessageThenForgotten()
    {
        Queue("A017", "A018", "A019", "A020");
        Assert.True(OptIn("A020", "600 100 200", 1).Accepted);

        var far = await _service.CheckAsync(CancellationToken.None);
        Queue("A019", "A020");
        var close = await _service.CheckAsync(CancellationToken.None);
        var after = await _service.CheckAsync(CancellationToken.None);

        Assert.Equal((0, 1, 0), (far, close, after));
        using var body = JsonDocument.Parse(_gateway.Next().Body);
        Assert.Equal("+48600100200", body.RootElement.GetProperty("to").GetString());
        Assert.Equal("Bilet A020: przed Tobą 1 osoba, około 8 min. Wróć do sali obsługi.", body.RootElement.GetProperty("text").GetString());
        Assert.Equal(0, _alerts.Count);
    }

    [Fact]
    public async Task CheckAsync_TicketCalledBeforeThreshold_CalledMessage()
    {
        Queue("A017", "A018");
        OptIn("A018", "600100200", 1);
        _feed.SetStatus("olsztyn", new SyncSiteStatus(_time.GetUtcNow(), [], [new SyncCounterStatus(3, true, "A018")]), _time.GetUtcNow());

        Assert.Equal(1, await _service.CheckAsync(CancellationToken.None));

        using var body = JsonDocument.Parse(_gateway.Next().Body);
        Assert.Equal("Bilet A018: zapraszamy do stanowiska numer 3.", body.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task CheckAsync_GatewayFailsEveryTime_DroppedAfterAttempts()
    {
        _gateway.Answer = System.Net.HttpStatusCode.ServiceUnavailable;
        Queue("A017");
        OptIn("A017", "600100200", 3);

        await _service.CheckAsync(CancellationToken.None);
        Assert.Equal(1, _alerts.Count);
        await _service.CheckAsync(CancellationToken.None);

        Assert.Equal(0, _alerts.Count);
        Assert.Equal(2, _gateway.Received.Count);
    }

    [Fact]
    public async Task CheckAsync_MidnightInWarsaw_PhoneForgottenUnsent()
    {
        Queue("A017", "A018", "A019", "A020", "A021");
        OptIn("A021", "600100200", 1);

        _time.Advance(TimeSpan.FromHours(13) + TimeSpan.FromMinutes(59));   // 23:59 in Warsaw
        await _service.CheckAsync(CancellationToken.None);
        Assert.Equal(1, _alerts.Count);
        _time.Advance(TimeSpan.FromMinutes(1));                              // midnight
        await _service.CheckAsync(CancellationToken.None);

        Assert.Equal(0, _alerts.Count);
        Assert.Empty(_gateway.Received);
    }

    [Theory]
    [InlineData("12345", 1, "Podaj polski numer telefonu komórkowego, np. 600 100 200.")]
    [InlineData("600100200", 2, "Wybierz, przy ilu osobach przed Tobą wysłać powiadomienie.")]
    public void Add_BadInput_RefusedWithPolishMessage(string phone, int ahead, string message)
    {
        Queue("A017");

        var result = OptIn("A017", phone, ahead);

        Assert.Equal((false, message), (result.Accepted, result.Message));
        Assert.Equal(0, _alerts.Count);
    }

    [Fact]
    public void Add_SecondPhoneForOneTicket_RefusedSamePhoneChangesItsChoice()
    {
        Queue("A017");

        var first = OptIn("A017", "600100201", 1);
        var other = OptIn("A017", "600100202", 1);
        var change = OptIn("A017", "600100201", 3);

        var held = Assert.Single(_alerts.Held());
        Assert.Equal((true, false, true), (first.Accepted, other.Accepted, change.Accepted));
        Assert.Equal(("+48600100201", 3), (held.Phone, held.Ahead));
    }

    [Fact]
    public void Add_NoStatusOrTicketNotWaiting_Refused()
    {
        var unknownSite = OptIn("A017", "600100200", 1);
        Queue("A017");
        var notWaiting = OptIn("A099", "600100200", 1);
        var called = OptIn("A016", "600100200", 1);

        Assert.All([unknownSite, notWaiting, called], result => Assert.False(result.Accepted));
        Assert.Equal(0, _alerts.Count);
    }

    [Fact]
    public void Purge_NextDay_TicketTakesPostsAgain()
    {
        Queue("A017");
        for (var post = 0; post < TicketAlerts.PostsPerTicket; post++)
        {
            Assert.True(OptIn("A017", "600100200", 1).Accepted);
        }

        var tooMany = OptIn("A017", "600100200", 3);
        _time.Advance(TimeSpan.FromDays(1));
        _alerts.Purge(_time.GetUtcNow());
        Queue("A017");

        Assert.False(tooMany.Accepted);
        Assert.True(OptIn("A017", "600100200", 3).Accepted);
    }
}
