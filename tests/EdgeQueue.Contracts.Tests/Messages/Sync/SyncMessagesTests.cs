using System.Text;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages.Sync;

namespace EdgeQueue.Contracts.Tests.Messages.Sync;

public sealed class SyncMessagesTests
{
    [Fact]
    public void TryParseSyncTopic_SiteSyncTopic_ReturnsSiteAndKind()
    {
        Assert.True(SiteTopics.TryParseSyncTopic("eq/v1/poznan-libelta/sync/events", out var site, out var kind));
        Assert.Equal("poznan-libelta", site);
        Assert.Equal("events", kind);
        Assert.Equal("eq/v1/+/sync/bookings-ack", SiteTopics.AllSitesSync("bookings-ack"));
        Assert.Equal("eq/v1/torun/sync/devices", new SiteTopics("torun").SyncDevices);
    }

    [Theory]
    [InlineData("eq/v1/poznan-libelta/hall/calls")]
    [InlineData("eq/v1/Poznan/sync/events")]
    [InlineData("eq/v2/torun/sync/events")]
    [InlineData("eq/v1/torun/sync/")]
    [InlineData("eq/v1/torun/sync/events/x")]
    public void TryParseSyncTopic_OtherTopic_ReturnsFalse(string topic) =>
        Assert.False(SiteTopics.TryParseSyncTopic(topic, out _, out _));

    [Fact]
    public void TryDeserialize_BatchOverDeviceBound_ParsesWithSyncBound()
    {
        var events = Enumerable.Range(1, 200).Select(i => new SyncedEvent(i, "TicketIssued", DateTimeOffset.UnixEpoch,
            System.Text.Json.JsonDocument.Parse("""{"type":"TicketIssued","number":"A001"}""").RootElement)).ToList();
        var bytes = ContractJson.Serialize(new SyncEventBatch(events));

        Assert.True(bytes.Length > ContractJson.MaxPayloadBytes);
        Assert.False(ContractJson.TryDeserialize<SyncEventBatch>(bytes, out _, out var error));
        Assert.Contains("exceeds", error, StringComparison.Ordinal);
        Assert.True(ContractJson.TryDeserialize<SyncEventBatch>(bytes, ContractJson.MaxSyncPayloadBytes, out var batch, out _));
        Assert.Equal(200, batch.Events[^1].Seq);
    }

    [Fact]
    public void TryDeserialize_BookingWithoutCode_ExplainsMissingField()
    {
        var json = Encoding.UTF8.GetBytes("""{"bookings":[{"seq":1,"kind":"booked","category":"A","visitTime":"2026-12-01T09:00:00+00:00","displayName":"Jan K."}]}""");

        Assert.False(ContractJson.TryDeserialize<SyncBookingBatch>(json, out _, out var error));
        Assert.Contains("code", error, StringComparison.OrdinalIgnoreCase);
    }
}
