using System.Diagnostics;
using EdgeQueue.Queue.Storage;
using Microsoft.Data.Sqlite;

namespace EdgeQueue.Benchmarks.Queue;

/// <summary>The peer: one tiny insert per durable transaction, opened exactly as the queue store is.</summary>
internal sealed class RawCommitPeer : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private TimeSpan _elapsed;
    private int _count;

    public RawCommitPeer(string path)
    {
        _connection = SqliteSetup.OpenDurable(path);
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        using (var warmUp = _connection.BeginTransaction())
        using (var fill = _connection.CreateCommand())
        {
            // Steady state: one big transaction takes the WAL past its 1000-page checkpoint, so the
            // measured commits reuse WAL space as a long-running hub does (growing the file costs more).
            fill.Transaction = warmUp;
            fill.CommandText = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200) INSERT INTO t (v) SELECT hex(randomblob(2000)) FROM n";
            fill.ExecuteNonQuery();
            warmUp.Commit();
        }

        _insert = _connection.CreateCommand();
        _insert.CommandText = "INSERT INTO t (v) VALUES ($v)";
        _insert.Parameters.Add(new SqliteParameter("$v", "x"));
    }

    public LatencyRecorder Latency { get; } = new();

    public double PerSecond => _count / _elapsed.TotalSeconds;

    public void Run(TimeSpan duration, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration && !cancellation.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            using (var transaction = _connection.BeginTransaction())
            {
                _insert.Transaction = transaction;
                _insert.Parameters["$v"].Value = "ticket " + _count;
                _insert.ExecuteNonQuery();
                transaction.Commit();
            }

            Latency.Record(start, Stopwatch.GetTimestamp());
            _count++;
        }

        _elapsed += clock.Elapsed;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _connection.Dispose();
    }
}
