using System.Text;
using System.Text.Json.Nodes;
using EdgeQueue.Contracts.Messages.Sync.Events;

namespace EdgeQueue.Contracts.Tests.Messages.Sync;

/// <summary>
/// The hall event contract (hub → central): one golden file per type in protocol/golden/hall-events,
/// written by the hub's mapping (tests/EdgeQueue.Hub.Tests) and read by central (tests/EdgeQueue.Central.SiteViews.Tests).
/// </summary>
public sealed class HallEventGoldenTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "golden", "hall-events");

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f))];

    [Fact]
    public void Files_Folder_OneGoldenPerContractType()
    {
        var types = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(HallEvents.Names.Order(StringComparer.Ordinal), types);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void TryRead_Golden_IsItsTypeAndWritesBackTheSameJson(string file)
    {
        var json = File.ReadAllText(Path.Combine(Folder, file));
        var type = Path.GetFileNameWithoutExtension(file);

        Assert.True(HallEventJson.TryRead(type, json, out var hallEvent, out var problem, out _), problem);
        Assert.Equal(type, hallEvent.Name);
        var written = ContractJson.Serialize(hallEvent);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), $"{file} wrote back as {Encoding.UTF8.GetString(written)}");
    }

    [Fact]
    public void TryRead_TypeOfANewerContract_UnknownTypeNotAFault()
    {
        Assert.False(HallEventJson.TryRead("TicketTeleported", """{"type":"TicketTeleported","at":"2026-12-01T08:00:00+00:00"}""", out _, out var problem, out var unknownType));

        Assert.True(unknownType);
        Assert.Contains("TicketTeleported", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_FieldOfANewerContract_Ignored()
    {
        var json = """{"type":"TicketIssued","ticketId":17,"category":"A","dailySequence":17,"number":"A017","kiosk":"north","at":"2026-12-01T08:15:02+00:00"}""";

        Assert.True(HallEventJson.TryRead("TicketIssued", json, out var hallEvent, out var problem, out _), problem);
        Assert.Equal("A017", Assert.IsType<TicketIssued>(hallEvent).Number);
    }

    [Theory]
    [InlineData("TicketIssued", """{"type":"TicketCalled","ticketId":17,"number":"A017","counter":5,"callCount":1,"at":"2026-12-01T08:15:02+00:00"}""")]
    [InlineData("TicketIssued", """{"type":"TicketIssued","ticketId":"seventeen","at":"2026-12-01T08:15:02+00:00"}""")]
    [InlineData("TicketIssued", "not json")]
    public void TryRead_BrokenKnownEvent_AFaultWithItsReason(string type, string json)
    {
        Assert.False(HallEventJson.TryRead(type, json, out _, out var problem, out var unknownType));

        Assert.False(unknownType);
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }
}
