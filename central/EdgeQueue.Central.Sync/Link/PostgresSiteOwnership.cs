using Npgsql;

namespace EdgeQueue.Central.Sync.Link;

/// <summary>
/// Centrals sharing one PostgreSQL database split the sites by session-level advisory locks, one per
/// site, held on a connection of their own. When an instance dies (kill -9, a crash, a lost network)
/// its session ends and PostgreSQL releases its locks at once; the others take the sites at their
/// next claim (every <see cref="CentralSyncOptions.OwnershipPollInterval"/>). An instance whose own
/// session broke has lost every lock with it, so it stops serving until it claims again.
/// </summary>
public sealed class PostgresSiteOwnership : ISiteOwnership
{
    /// <summary>The first key of the two-key advisory lock: the sync's own name space (the second is the site).</summary>
    private const string LockSpace = "edgequeue-sync-site";

    private readonly NpgsqlDataSource _dataSource;
    private readonly HashSet<string> _served = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private NpgsqlConnection? _session;

    public PostgresSiteOwnership(string connectionString)
    {
        // Its own pool of one: the locks live and die with this session, never shared with queries.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 5 };
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public bool Owns(string site)
    {
        lock (_gate)
        {
            return _served.Contains(site);
        }
    }

    public IReadOnlyList<string> Claim(IEnumerable<string> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        lock (_gate)
        {
            var session = Session();
            var taken = new List<string>();
            foreach (var site in sites)
            {
                if (_served.Contains(site))
                {
                    continue;
                }

                using var command = session.CreateCommand();
                command.CommandText = "SELECT pg_try_advisory_lock(hashtext(@space), hashtext(@site))";
                command.Parameters.AddWithValue("space", LockSpace);
                command.Parameters.AddWithValue("site", site);
                if (command.ExecuteScalar() is true)
                {
                    _served.Add(site);
                    taken.Add(site);
                }
            }

            return taken;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _served.Clear();
            _session?.Dispose();
            _session = null;
            _dataSource.Dispose();
        }
    }

    /// <summary>The live session; a broken one is replaced, and with it every site is given up.</summary>
    private NpgsqlConnection Session()
    {
        if (_session is not null)
        {
            try
            {
                using var ping = _session.CreateCommand();
                ping.CommandText = "SELECT 1";
                ping.ExecuteScalar();
                return _session;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                _served.Clear();
                _session.Dispose();
                _session = null;
            }
        }

        _session = _dataSource.OpenConnection();
        return _session;
    }
}
