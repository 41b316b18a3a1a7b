using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Serialization;

namespace EdgeQueue.Queue.Tests.Serialization;

/// <summary>The store's JSON of events: records written by an older hub still read.</summary>
public sealed class QueueJsonTests
{
    private static DateTimeOffset At => new(2026, 12, 1, 8, 15, 0, TimeSpan.Zero);

    [Fact]
    public void Deserialize_TicketIssuedWrittenBeforeDispensersWereKept_ReadsWithNoDispenser()
    {
        const string stored = """{"type":"TicketIssued","ticketId":17,"category":"A","dailySequence":17,"number":"A017","at":"2026-12-01T08:15:00+00:00"}""";

        var issued = Assert.IsType<TicketIssued>(QueueJson.Deserialize<QueueEvent>(stored));

        Assert.Equal(new TicketIssued(At, 17, "A", 17, "A017"), issued);
        Assert.Null(issued.Dispenser);
    }

    [Fact]
    public void Serialize_TicketIssuedAtADispenser_RoundTripsIt()
    {
        QueueEvent issued = new TicketIssued(At, 17, "A", 17, "A017", "disp-01");

        var json = QueueJson.Serialize(issued);

        Assert.Contains("\"dispenser\":\"disp-01\"", json, StringComparison.Ordinal);
        Assert.Equal(issued, QueueJson.Deserialize<QueueEvent>(json));
    }

    [Fact]
    public void Options_EveryEnumOfTheQueue_IsWrittenAsKebabCaseText()
    {
        // The converters are listed one per enum (Native AOT has no open generic converter): a new
        // enum missing from the list would be stored as a number.
        var enums = typeof(QueueEvent).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).ToList();

        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            Assert.True(QueueJson.Options.Converters.Any(c => c.CanConvert(type)), $"{type.Name} has no text converter in QueueJson");
        }
    }

    [Fact]
    public void Serialize_RefusedReply_WritesItsErrorAsKebabCaseText()
    {
        var reply = CommandReply.Refused(QueueError.UnknownCategory, "no category Z");

        var json = QueueJson.Serialize(reply);

        Assert.Contains("\"error\":\"unknown-category\"", json, StringComparison.Ordinal);
        Assert.Equal(reply, QueueJson.Deserialize<CommandReply>(json));
    }

    [Fact]
    public void Deserialize_TypeTheStoreNeverWrites_FailsNamingIt()
    {
        var error = Assert.Throws<NotSupportedException>(() => QueueJson.Deserialize<Uri>("\"x\""));

        Assert.Contains("Uri", error.Message, StringComparison.Ordinal);
    }
}
