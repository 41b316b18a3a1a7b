using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.Booking.Privacy;

/// <summary>Runs the retention purge at start and then every <see cref="BookingOptions.PurgeIntervalMinutes"/>.</summary>
internal sealed class RetentionPurgeService : BackgroundService
{
    private readonly IRetentionPurge _purge;
    private readonly TimeProvider _time;
    private readonly BookingOptions _options;
    private readonly ILogger<RetentionPurgeService> _logger;

    public RetentionPurgeService(IRetentionPurge purge, TimeProvider time, BookingOptions options, ILogger<RetentionPurgeService> logger)
    {
        _purge = purge;
        _time = time;
        _options = options;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, _options.PurgeIntervalMinutes)), _time);
        do
        {
            try
            {
                await _purge.PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Retention purge failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
