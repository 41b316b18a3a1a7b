using System.Data.Common;

namespace EdgeQueue.Central.Sync.Storage;

/// <summary>
/// Where the sync tables live: a SQLite file of one central (<see cref="SqliteSyncDatabase"/>) or the
/// PostgreSQL database that several centrals share (<see cref="PostgresSyncDatabase"/>). The store's
/// SQL is the same for both (named <c>@</c> parameters, <c>ON CONFLICT</c> upserts); what differs is here.
/// </summary>
internal abstract class SyncDatabase : IDisposable
{
    /// <summary>Names the database in messages: a file path, or the PostgreSQL host and database.</summary>
    public abstract string Description { get; }

    /// <summary>True when other centrals may write the same tables (rows are then locked while a batch is stored).</summary>
    public abstract bool Shared { get; }

    /// <summary>The migrations in this database's dialect, oldest first.</summary>
    public abstract IReadOnlyList<(int Version, string Description, string Sql)> Migrations { get; }

    /// <summary>Appended to the read of a site's row inside a write: <c>FOR UPDATE</c> where another central may write it.</summary>
    public abstract string LockRow { get; }

    /// <summary>A new open connection (pooled).</summary>
    public abstract DbConnection Open();

    /// <summary>Settings of the long-lived writer connection, before the migrations run.</summary>
    public abstract void PrepareWriter(DbConnection writer);

    /// <summary>After the migrations ran (or found nothing to do).</summary>
    public virtual void AfterMigrations(DbConnection writer)
    {
    }

    public abstract void Dispose();
}
