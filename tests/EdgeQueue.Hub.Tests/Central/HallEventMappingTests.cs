using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using EdgeQueue.Contracts;
using HallEvent = EdgeQueue.Contracts.Messages.Sync.Events.HallEvent;
using HallEvents = EdgeQueue.Contracts.Messages.Sync.Events.HallEvents;
using EdgeQueue.Hub.Central;
using EdgeQueue.Queue.Events;

namespace EdgeQueue.Hub.Tests.Central;

/// <summary>
/// The hub's side of the hall event contract: each store event maps to exactly the golden JSON of
/// protocol/golden/hall-events (central's side reads the same files in its own tests).
/// </summary>
public sealed class HallEventMappingTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 8, 15, 2, 125, TimeSpan.Zero);
    private static readonly DateTimeOffset Visit = new(2026, 12, 1, 8, 30, 0, TimeSpan.Zero);

    public static TheoryData<QueueEvent> StoreEvents() => [.. Samples()];

    /// <summary>One store event of every type, as a hall would commit it.</summary>
    private static QueueEvent[] Samples() =>
    [
        new BusinessDayStarted(At, new DateOnly(2026, 12, 1), new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero)),
        new TicketIssued(At, 17, "A", 17, "A017"),
        new BookedVisitCheckedIn(At, 18, "B", 4, "B004", "K7P2Q9", Visit),
        new TicketPrinted(At, 17, "A017"),
        new TicketNotPrinted(At, 17, "A017", "paper-out"),
        new TicketCalled(At, 17, "A017", 5, 1),
        new TicketRecalled(At, 17, "A017", 5, 1),
        new TicketSetAside(At, 17, "A017", 5, 1),
        new TicketRemovedAfterNoShows(At, 17, "A017", 5, 3),
        new TicketServed(At, 17, "A017", 5, TimeSpan.FromSeconds(312)),
        new TicketTransferred(At, 17, "A017", 5, "A", "C"),
        new TicketCancelled(At, 17, "A017", TicketCancelled.DayEnded),
        new CounterOpened(At, 5),
        new CounterClosed(At, 5),
        new BookingRegistered(At, "K7P2Q9", "B", Visit, "Anna K.", 3),
        new BookingChanged(At, "K7P2Q9", "B", Visit.AddHours(1), "Anna K.", 4),
        new BookingCancelled(At, "K7P2Q9", 5),
    ];

    [Theory]
    [MemberData(nameof(StoreEvents))]
    public void ToContract_StoreEvent_WritesItsGoldenJson(QueueEvent stored)
    {
        var written = ContractJson.SerializeToString<HallEvent>(HallEventMapping.ToContract(stored));
        var golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "golden", "hall-events", stored.Name + ".json"));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(golden), JsonNode.Parse(written)), $"{stored.Name} wrote {written}");
    }

    [Fact]
    public void StoreEvents_EveryStoreEventType_HasASampleAndAContractCounterpart()
    {
        var storeTypes = typeof(QueueEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType.Name).Order(StringComparer.Ordinal);
        var sampled = Samples().Select(e => e.Name).Order(StringComparer.Ordinal);

        Assert.Equal(storeTypes, sampled);
        Assert.Equal(storeTypes, HallEvents.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ToContract_BookingFromCentral_LeavesTheVisitorsNameInTheHall()
    {
        var written = ContractJson.SerializeToString<HallEvent>(HallEventMapping.ToContract(
            new BookingRegistered(At, "K7P2Q9", "B", Visit, "Anna Kowalska", 3)));

        Assert.DoesNotContain("Kowalska", written, StringComparison.Ordinal);
    }
}
