namespace EdgeQueue.Benchmarks.Storage;

/// <summary>The contenders of `bench store-durability`, by the name the child process is given.</summary>
internal static class DurableLogs
{
    public static readonly string[] Names = ["sqlite", "litedb"];

    public static IDurableLog Open(string name, string path) => name switch
    {
        "sqlite" => new SqliteDurableLog(path),
        "litedb" => new LiteDbDurableLog(path),
        _ => throw new ArgumentException($"unknown store '{name}' (known: {string.Join(", ", Names)})", nameof(name)),
    };

    public static string Describe(string name) => name == "sqlite" ? SqliteDurableLog.Describe() : LiteDbDurableLog.Describe();

    public static string FileName(string name) => name == "sqlite" ? "log.db" : "log.litedb";
}
