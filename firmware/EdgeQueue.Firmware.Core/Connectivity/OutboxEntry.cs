namespace EdgeQueue.Firmware.Core.Connectivity
{
    /// <summary>One event waiting for its reply.</summary>
    public sealed class OutboxEntry
    {
        internal OutboxEntry(string id, string kind, string argument, byte[] payload, long createdAt, long expiresAt, RetryBackoff backoff, int tag)
        {
            Id = id;
            Kind = kind;
            Argument = argument;
            Payload = payload;
            CreatedAt = createdAt;
            ExpiresAt = expiresAt;
            Backoff = backoff;
            Tag = tag;
            NextAttemptAt = createdAt;
        }

        /// <summary><c>{deviceId}.{bootId}.{seq}</c>.</summary>
        public string Id { get; }

        public string Kind { get; }

        /// <summary>The category (ticket.request) or target category (counter.transfer), else null.</summary>
        public string Argument { get; }

        public byte[] Payload { get; }

        public long CreatedAt { get; }

        /// <summary>After this the event is abandoned and reported as failed.</summary>
        public long ExpiresAt { get; }

        /// <summary>Free for the device logic (e.g. the button that caused the event).</summary>
        public int Tag { get; }

        /// <summary>How many times the event has been handed to the MQTT link.</summary>
        public int Attempts { get; internal set; }

        public long NextAttemptAt { get; internal set; }

        internal RetryBackoff Backoff { get; }
    }
}
