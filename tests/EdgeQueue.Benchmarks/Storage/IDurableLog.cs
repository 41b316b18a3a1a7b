namespace EdgeQueue.Benchmarks.Storage;

/// <summary>One record per commit, the shape of a hall's queue commits: what `bench store-durability` compares.</summary>
internal interface IDurableLog : IDisposable
{
    /// <summary>Commits one record; when it returns, the store has acknowledged it.</summary>
    void Append(long id);

    /// <summary>Every record the store holds (after a reopen: what survived).</summary>
    IReadOnlyCollection<long> ReadAll();
}
