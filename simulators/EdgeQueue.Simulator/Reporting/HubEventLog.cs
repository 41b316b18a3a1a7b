using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Serialization;
using Microsoft.Data.Sqlite;

namespace EdgeQueue.Simulator.Reporting;

/// <summary>
/// Reads the hub's queue database read-only: the event log (the record of the day, DESIGN.md §5
/// rule 1) and the stored replies, whose ticket carries the wait estimated at issue. The report and
/// the loss check are computed from here, not from what the simulator believes happened.
/// </summary>
internal sealed class HubEventLog
{
    private HubEventLog(IReadOnlyList<LoggedEvent> events, IReadOnlyDictionary<string, int?> estimates)
    {
        Events = events;
        EstimatedWaitByRequest = estimates;
    }

    public IReadOnlyList<LoggedEvent> Events { get; }

    /// <summary>The wait (minutes) estimated when each ticket was issued, by request id.</summary>
    public IReadOnlyDictionary<string, int?> EstimatedWaitByRequest { get; }

    public static HubEventLog Read(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"no hub database at {databasePath}");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var events = new List<LoggedEvent>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT seq, request_id, payload FROM events ORDER BY seq";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                events.Add(new LoggedEvent(
                    reader.GetInt64(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    QueueJson.Deserialize<QueueEvent>(reader.GetString(2))));
            }
        }

        var estimates = new Dictionary<string, int?>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT request_id, reply FROM requests";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var reply = QueueJson.Deserialize<CommandReply>(reader.GetString(1));
                if (reply.Ticket is { } ticket)
                {
                    estimates[reader.GetString(0)] = ticket.EtaMinutes;
                }
            }
        }

        return new HubEventLog(events, estimates);
    }
}
