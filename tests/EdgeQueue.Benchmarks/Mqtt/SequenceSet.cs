namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>
/// Which of the sequence numbers 0..count-1 were seen (each counted once): the messages a broker
/// acknowledged, and those the subscriber got, so that "lost" = acknowledged and never delivered.
/// </summary>
internal sealed class SequenceSet(int count)
{
    private readonly int[] _seen = new int[count];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Marks <paramref name="sequence"/>; out-of-range numbers (another run's) are ignored.</summary>
    public void Add(int sequence)
    {
        if ((uint)sequence < (uint)_seen.Length && Interlocked.Exchange(ref _seen[sequence], 1) == 0)
        {
            Interlocked.Increment(ref _count);
        }
    }

    public bool Contains(int sequence) => Volatile.Read(ref _seen[sequence]) == 1;

    /// <summary>How many numbers of this set are missing from <paramref name="other"/>.</summary>
    public int MissingFrom(SequenceSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var missing = 0;
        for (var i = 0; i < _seen.Length; i++)
        {
            if (Contains(i) && !other.Contains(i))
            {
                missing++;
            }
        }

        return missing;
    }

    /// <summary>A 100-byte payload that carries <paramref name="sequence"/> in its first four bytes (big-endian).</summary>
    public static byte[] Payload(int sequence)
    {
        var payload = new byte[100];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(payload, sequence);
        return payload;
    }

    public static int SequenceOf(ReadOnlySpan<byte> payload) =>
        payload.Length >= 4 ? System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(payload) : -1;
}
