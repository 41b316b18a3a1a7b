namespace EdgeQueue.Queue.Storage;

/// <summary>The queue store cannot be opened or used as it is (wrong file, newer schema, broken data).</summary>
public sealed class QueueStoreException : Exception
{
    public QueueStoreException()
    {
    }

    public QueueStoreException(string message)
        : base(message)
    {
    }

    public QueueStoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
