using System.Collections;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Core.Connectivity
{
    /// <summary>
    /// The device's unanswered events. Each gets an id <c>{deviceId}.{bootId}.{seq}</c> that never
    /// repeats (a new random boot id per boot, the sequence counts from 1), and is retransmitted with
    /// back-off until the reply with the same id arrives or the event expires. Events go out strictly
    /// in order, one at a time: the head is retransmitted until answered, the next waits, so the hub
    /// never sees Done before the Next it belongs to. The outbox lives in RAM across reconnects (not
    /// across reboots: after a reboot the resident or clerk presses again). A reply whose id is not
    /// waiting — a duplicate, or an answer to an expired event — is ignored and counted.
    /// </summary>
    public sealed class EventOutbox
    {
        private const int RecentCapacity = 8;

        private readonly string _idPrefix;
        private readonly int _capacity;
        private readonly int _retryInitialMs;
        private readonly int _retryMaxMs;
        private readonly IRandom _random;
        private readonly ArrayList _entries = new ArrayList();
        private readonly string[] _recent = new string[RecentCapacity];
        private int _recentNext;
        private long _sequence;

        public EventOutbox(string deviceId, string bootId, int capacity, int retryInitialMs, int retryMaxMs, IRandom random)
        {
            _idPrefix = deviceId + "." + bootId + ".";
            _capacity = capacity;
            _retryInitialMs = retryInitialMs;
            _retryMaxMs = retryMaxMs;
            _random = random;
        }

        public int Count
        {
            get { return _entries.Count; }
        }

        public bool IsFull
        {
            get { return _entries.Count >= _capacity; }
        }

        /// <summary>The event being sent now, or null.</summary>
        public OutboxEntry Head
        {
            get { return _entries.Count == 0 ? null : (OutboxEntry)_entries[0]; }
        }

        /// <summary>Replies whose event had already been answered (the hub or the broker sent it twice).</summary>
        public int DuplicateReplies { get; private set; }

        /// <summary>Replies to no event of this boot (another boot's, or expired ones).</summary>
        public int UnknownReplies { get; private set; }

        /// <summary>Events that were retransmitted at least once.</summary>
        public int Retransmissions { get; private set; }

        /// <summary>Queues an event; null when the outbox is full (the caller tells the person to wait).</summary>
        public OutboxEntry Add(string kind, string fieldName, string argument, long nowMs, int timeoutMs, int tag)
        {
            if (IsFull)
            {
                return null;
            }

            _sequence++;
            var id = _idPrefix + _sequence.ToString();
            var payload = ContractWriter.Event(id, kind, fieldName, argument);
            var entry = new OutboxEntry(id, kind, argument, payload, nowMs, nowMs + timeoutMs, new RetryBackoff(_retryInitialMs, _retryMaxMs, _random), tag);
            _entries.Add(entry);
            return entry;
        }

        /// <summary>Sends the head event if it is due; returns true when something was handed to the link.</summary>
        public bool Pump(IMqttLink link, string topic, long nowMs)
        {
            var head = Head;
            if (head == null || nowMs < head.NextAttemptAt || !link.IsConnected)
            {
                return false;
            }

            if (head.Attempts > 0)
            {
                Retransmissions++;
            }

            head.Attempts++;
            head.NextAttemptAt = nowMs + head.Backoff.NextDelayMs();
            return link.Publish(topic, head.Payload, false);
        }

        /// <summary>Takes the event answered by <paramref name="replyTo"/>; null for a duplicate or unknown reply.</summary>
        public OutboxEntry Complete(string replyTo)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                var entry = (OutboxEntry)_entries[i];
                if (entry.Id == replyTo)
                {
                    _entries.RemoveAt(i);
                    Remember(replyTo);
                    return entry;
                }
            }

            if (WasAnswered(replyTo))
            {
                DuplicateReplies++;
            }
            else
            {
                UnknownReplies++;
            }

            return null;
        }

        /// <summary>Removes and returns one event whose time is up, or null.</summary>
        public OutboxEntry TakeExpired(long nowMs)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                var entry = (OutboxEntry)_entries[i];
                if (nowMs >= entry.ExpiresAt)
                {
                    _entries.RemoveAt(i);
                    return entry;
                }
            }

            return null;
        }

        /// <summary>After a reconnect the waiting events go out at once, with a fresh back-off.</summary>
        public void OnReconnected(long nowMs)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                var entry = (OutboxEntry)_entries[i];
                entry.NextAttemptAt = nowMs;
                entry.Backoff.Reset();
            }
        }

        private void Remember(string id)
        {
            _recent[_recentNext] = id;
            _recentNext = (_recentNext + 1) % RecentCapacity;
        }

        private bool WasAnswered(string id)
        {
            for (var i = 0; i < RecentCapacity; i++)
            {
                if (_recent[i] == id)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
