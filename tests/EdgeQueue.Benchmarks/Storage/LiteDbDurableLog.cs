using LiteDB;

namespace EdgeQueue.Benchmarks.Storage;

/// <summary>LiteDB 5 with its defaults (direct file access, one auto-committed transaction per insert).</summary>
internal sealed class LiteDbDurableLog : IDurableLog
{
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<BsonDocument> _log;

    public LiteDbDurableLog(string path)
    {
        _database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        _log = _database.GetCollection("log");
    }

    public static string Describe() => "LiteDB " + typeof(LiteDatabase).Assembly.GetName().Version!.ToString(3) + " (direct)";

    public void Append(long id) => _log.Insert(new BsonDocument { ["_id"] = id, ["at"] = "ticket" });

    public IReadOnlyCollection<long> ReadAll() => _log.FindAll().Select(d => d["_id"].AsInt64).ToList();

    public void Dispose() => _database.Dispose();
}
