using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Tests.Fakes;

namespace EdgeQueue.Firmware.Tests.Connectivity;

public sealed class EventOutboxTests
{
    private const string Topic = "eq/v1/poznan-1/device/keypad-05/event";
    private readonly FakeMqttLink _link = new();
    private readonly EventOutbox _outbox = new("keypad-05", "c1beef", capacity: 3, retryInitialMs: 1000, retryMaxMs: 8000, new FakeRandom());

    public EventOutboxTests() => _link.Connect(new("h", 1883, "keypad-05", "u", "p", "w", [], 30));

    [Fact]
    public void Add_Events_IdsAreDeviceBootSequenceFromOne()
    {
        var first = _outbox.Add(EventKinds.CounterNext, null, null, 0, 30000, 0)!;
        var second = _outbox.Add(EventKinds.CounterDone, null, null, 0, 30000, 0)!;

        Assert.Equal("keypad-05.c1beef.1", first.Id);
        Assert.Equal("keypad-05.c1beef.2", second.Id);
    }

    [Fact]
    public void Pump_NoReply_RetransmitsWithDoublingBackOffCappedAtMax()
    {
        _outbox.Add(EventKinds.CounterNext, null, null, 0, 600_000, 0);
        var sentAt = new List<long>();
        for (long now = 0; now <= 40_000; now += 10)
        {
            if (_outbox.Pump(_link, Topic, now))
            {
                sentAt.Add(now);
            }
        }

        Assert.Equal([0L, 1000, 3000, 7000, 15000, 23000, 31000, 39000], sentAt);
        Assert.All(_link.Published, m => Assert.Equal("{\"id\":\"keypad-05.c1beef.1\",\"kind\":\"counter.next\"}", m.Text));
        Assert.Equal(7, _outbox.Retransmissions);
    }

    [Fact]
    public void Pump_TwoEvents_SecondWaitsUntilFirstIsAnswered()
    {
        var first = _outbox.Add(EventKinds.CounterNext, null, null, 0, 30000, 0)!;
        _outbox.Add(EventKinds.CounterDone, null, null, 0, 30000, 0);

        _outbox.Pump(_link, Topic, 0);
        _outbox.Pump(_link, Topic, 10);
        Assert.Single(_link.Published);

        Assert.Same(first, _outbox.Complete(first.Id));
        _outbox.Pump(_link, Topic, 20);

        Assert.Equal(2, _link.Published.Count);
        Assert.Contains("counter.done", _link.Published[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_SameReplyTwice_SecondIgnoredAsDuplicate()
    {
        var entry = _outbox.Add(EventKinds.CounterNext, null, null, 0, 30000, 0)!;

        Assert.Same(entry, _outbox.Complete(entry.Id));
        Assert.Null(_outbox.Complete(entry.Id));
        Assert.Null(_outbox.Complete("keypad-05.0badb00t.1"));

        Assert.Equal(1, _outbox.DuplicateReplies);
        Assert.Equal(1, _outbox.UnknownReplies);
        Assert.Equal(0, _outbox.Count);
    }

    [Fact]
    public void Add_WhenFull_ReturnsNullAndKeepsTheOthers()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull(_outbox.Add(EventKinds.CounterRecall, null, null, 0, 30000, 0));
        }

        Assert.Null(_outbox.Add(EventKinds.CounterRecall, null, null, 0, 30000, 0));
        Assert.Equal(3, _outbox.Count);
    }

    [Fact]
    public void TakeExpired_PastTimeout_RemovesEventAndLateReplyIsUnknown()
    {
        var entry = _outbox.Add(EventKinds.CounterNext, null, null, 0, 5000, 0)!;

        Assert.Null(_outbox.TakeExpired(4999));
        Assert.Same(entry, _outbox.TakeExpired(5000));
        Assert.Null(_outbox.Complete(entry.Id));
        Assert.Equal(1, _outbox.UnknownReplies);
    }

    [Fact]
    public void Pump_LinkDown_NothingSentAndSentAtOnceAfterReconnect()
    {
        _outbox.Add(EventKinds.CounterNext, null, null, 0, 60000, 0);
        _outbox.Pump(_link, Topic, 0);
        _link.Drop();

        Assert.False(_outbox.Pump(_link, Topic, 20_000));

        _link.Connect(new("h", 1883, "keypad-05", "u", "p", "w", [], 30));
        _outbox.OnReconnected(20_500);
        Assert.True(_outbox.Pump(_link, Topic, 20_500));
        Assert.False(_outbox.Pump(_link, Topic, 21_000));
        Assert.True(_outbox.Pump(_link, Topic, 21_500));
    }

    [Fact]
    public void NextDelayMs_WithJitter_StaysWithinAQuarterAboveTheStep()
    {
        var backoff = new RetryBackoff(1000, 8000, new FakeRandom(int.MaxValue));

        Assert.Equal([1250, 2500, 5000, 10000, 10000], Enumerable.Range(0, 5).Select(_ => backoff.NextDelayMs()));
    }
}
