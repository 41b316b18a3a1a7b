using System.Collections.Concurrent;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;

namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// Every ticket request and check-in the devices put on the air, and the first reply each got:
/// the device side of the loss check. It listens on the radios (<see cref="IWireTap"/>), so it
/// records what really crossed the network, retransmissions and duplicates included.
/// </summary>
internal sealed class WireLedger : IWireTap
{
    private readonly ConcurrentDictionary<string, LedgerEntry> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DeviceReplySeen>> _waiters = new(StringComparer.Ordinal);
    private long _duplicateReplies;
    private long _retransmissions;

    /// <summary>Ticket requests and check-ins, by event id.</summary>
    public IReadOnlyCollection<LedgerEntry> Requests => [.. _requests.Values];

    public long DuplicateReplies => Interlocked.Read(ref _duplicateReplies);

    public long Retransmissions => Interlocked.Read(ref _retransmissions);

    public void Sent(string deviceId, string topic, ReadOnlyMemory<byte> payload)
    {
        if (!topic.EndsWith("/event", StringComparison.Ordinal)
            || !ContractJson.TryDeserialize<DeviceEvent>(payload.Span, out var message, out _))
        {
            return;
        }

        if (message.Kind is not (DeviceEventKinds.TicketRequest or DeviceEventKinds.CheckIn))
        {
            return;
        }

        if (!_requests.TryAdd(message.Id, new LedgerEntry(message.Id, deviceId, message.Kind, message.Category ?? message.Code)))
        {
            Interlocked.Increment(ref _retransmissions);
        }
    }

    public void Received(string deviceId, string topic, ReadOnlyMemory<byte> payload)
    {
        if (!topic.EndsWith("/reply", StringComparison.Ordinal)
            || !ContractJson.TryDeserialize<DeviceReply>(payload.Span, out var reply, out _))
        {
            return;
        }

        var seen = new DeviceReplySeen(reply.Re, reply.Ok, reply.Ticket, reply.EtaMin, reply.Error);
        if (_requests.TryGetValue(reply.Re, out var entry))
        {
            if (entry.Reply is null)
            {
                entry.Reply = seen;
            }
            else
            {
                Interlocked.Increment(ref _duplicateReplies);
            }
        }

        if (_waiters.TryRemove(reply.Re, out var waiter))
        {
            waiter.TrySetResult(seen);
        }
    }

    /// <summary>
    /// Registers interest in the reply to <paramref name="eventId"/>. Call it on the device's own
    /// thread right after the press that queued the event: replies are read on that thread too, so
    /// none can slip past before the waiter exists.
    /// </summary>
    public Task<DeviceReplySeen> Expect(string eventId)
    {
        var waiter = _waiters.GetOrAdd(eventId, _ => new TaskCompletionSource<DeviceReplySeen>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_requests.TryGetValue(eventId, out var entry) && entry.Reply is { } already)
        {
            _waiters.TryRemove(eventId, out _);
            waiter.TrySetResult(already);
        }

        return waiter.Task;
    }

    /// <summary>The reply expected with <see cref="Expect"/>, or null after <paramref name="timeout"/> of real time.</summary>
    public async Task<DeviceReplySeen?> WaitAsync(string eventId, Task<DeviceReplySeen> expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await expected.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            _waiters.TryRemove(eventId, out _);
            return null;
        }
    }
}
