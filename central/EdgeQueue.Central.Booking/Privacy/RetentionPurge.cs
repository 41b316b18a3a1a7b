using EdgeQueue.Central.Booking.Storage;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.Booking.Privacy;

/// <summary>
/// Deletes names, e-mail, phone and the PESEL hash of visits whose day lies more than the retention
/// period back, and blanks their display names in the sites' change log. What is left (matter, site,
/// time, status) is enough for statistics and says nothing about the person.
/// </summary>
internal sealed class RetentionPurge : IRetentionPurge
{
    private readonly BookingDatabase _database;
    private readonly BookingClock _clock;
    private readonly BookingOptions _options;
    private readonly ILogger<RetentionPurge> _logger;

    public RetentionPurge(BookingDatabase database, BookingClock clock, BookingOptions options, ILogger<RetentionPurge> logger)
    {
        _database = database;
        _clock = clock;
        _options = options;
        _logger = logger;
    }

    public async Task<int> PurgeAsync(CancellationToken cancellation = default)
    {
        var cutoff = DayText.From(_clock.Today.AddDays(-_options.RetentionDays));
        var purged = await _database.WriteAsync(async scope =>
        {
            var visits = await scope.Command(
                """
                UPDATE visits SET first_name = NULL, last_name = NULL, email = NULL, phone = NULL, pesel_hash = NULL,
                    display_name = '', purged_at = @now
                WHERE day < @cutoff AND purged_at IS NULL
                """, ("@now", _clock.UtcNow.ToUnixTimeMilliseconds()), ("@cutoff", cutoff)).ExecuteAsync(cancellation);
            await scope.Command("UPDATE site_booking_changes SET display_name = '' WHERE day < @cutoff AND display_name <> ''",
                ("@cutoff", cutoff)).ExecuteAsync(cancellation);
            await scope.CommitAsync(cancellation);
            return visits;
        }, cancellation);
        if (purged > 0)
        {
            _logger.LogInformation("Retention purge: personal data of {Count} visits before {Cutoff} deleted", purged, cutoff);
        }

        return purged;
    }
}
