using System.Text;
using System.Text.Json.Nodes;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Contracts.Messages.Sync;

namespace EdgeQueue.Contracts.Tests.Messages;

/// <summary>
/// Every golden message (protocol/golden) parses into its contract type and writes back to the
/// same JSON: the firmware tests read the same files, so both sides agree on the wire.
/// </summary>
public sealed class GoldenMessagesTests
{
    public static TheoryData<string> Files() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "golden"), "*.json").Select(f => Path.GetFileName(f))];

    [Fact]
    public void Files_Folder_CoversEveryMessageShape()
    {
        var prefixes = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "golden"), "*.json")
            .Select(f => Path.GetFileName(f).Split('.')[0]).ToHashSet();
        Assert.Equal(["config", "event", "hall", "hub", "reply", "show", "state", "sync"], prefixes.Order());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void RoundTrip_GoldenMessage_WritesSameJson(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "golden", file));
        var written = file.Split('.')[0] switch
        {
            "event" => ContractJson.Serialize(ContractJson.Deserialize<DeviceEvent>(bytes)),
            "reply" => ContractJson.Serialize(ContractJson.Deserialize<DeviceReply>(bytes)),
            "state" => ContractJson.Serialize(ContractJson.Deserialize<DeviceState>(bytes)),
            "config" => ContractJson.Serialize(ContractJson.Deserialize<DeviceConfig>(bytes)),
            "show" => ContractJson.Serialize(ContractJson.Deserialize<DeviceShow>(bytes)),
            "hall" => ContractJson.Serialize(ContractJson.Deserialize<HallCalls>(bytes)),
            "hub" => ContractJson.Serialize(ContractJson.Deserialize<HubState>(bytes)),
            "sync" => RoundTripSync(file.Split('.')[1], bytes),
            var other => throw new InvalidOperationException($"no contract type for '{other}'"),
        };

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(bytes), JsonNode.Parse(written)),
            $"{file} wrote back as {Encoding.UTF8.GetString(written)}");
    }

    [Fact]
    public void Files_SyncMessages_CoverEverySyncTopic()
    {
        var kinds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "golden"), "sync.*.json")
            .Select(f => Path.GetFileName(f).Split('.')[1]).ToHashSet();
        Assert.Equal(["bookings", "bookings-ack", "config", "devices", "events", "events-ack", "status"], kinds.Order(StringComparer.Ordinal));
    }

    /// <summary>Only the device events: each row asserts (no row passes by returning early).</summary>
    public static TheoryData<string> EventFiles() => [.. EventFileNames()];

    [Fact]
    public void EventFiles_Folder_HoldOneGoldenEventPerKind()
    {
        var kinds = EventFileNames().Select(file => ContractJson.Deserialize<DeviceEvent>(
            File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "golden", file))).Kind);

        Assert.Equal(DeviceEventKinds.All.Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EventFiles))]
    public void TryValidate_GoldenEvent_IsAcceptedFromItsDevice(string file)
    {
        var message = ContractJson.Deserialize<DeviceEvent>(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "golden", file)));
        var sender = EventId.Parse(message.Id).Device;

        Assert.True(DeviceEventRules.TryValidate(message, sender, out var code, out var why), $"{code}: {why}");
    }

    private static IEnumerable<string> EventFileNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "golden"), "event.*.json").Select(f => Path.GetFileName(f));

    private static byte[] RoundTripSync(string kind, byte[] bytes) => kind switch
    {
        "events" => ContractJson.Serialize(ContractJson.Deserialize<SyncEventBatch>(bytes)),
        "events-ack" or "bookings-ack" => ContractJson.Serialize(ContractJson.Deserialize<SyncAck>(bytes)),
        "bookings" => ContractJson.Serialize(ContractJson.Deserialize<SyncBookingBatch>(bytes)),
        "config" => ContractJson.Serialize(ContractJson.Deserialize<SyncSiteConfig>(bytes)),
        "status" => ContractJson.Serialize(ContractJson.Deserialize<SyncSiteStatus>(bytes)),
        "devices" => ContractJson.Serialize(ContractJson.Deserialize<SyncDeviceList>(bytes)),
        var other => throw new InvalidOperationException($"no sync contract type for '{other}'"),
    };
}
