using EdgeQueue.Central.SiteViews.Feed;

namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>
/// Statistics of every site, kept up to date from the events central stored: each query first folds
/// in the events that arrived since the last one (in sequence order, each once), so the dashboard
/// never reads a site's whole history twice.
/// </summary>
public sealed class StatisticsReadModel(ISiteFeed feed, StatisticsOptions options) : IDisposable
{
    private const int BatchSize = 2000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, SiteStatisticsFold> _sites = new(StringComparer.Ordinal);

    /// <summary>One row per site, day and category or counter.</summary>
    public Task<IReadOnlyList<StatisticsRow>> QueryAsync(StatisticsQuery query, CancellationToken cancellationToken) =>
        SelectAsync(query, fold => fold.Rows(), cancellationToken);

    /// <summary>One row per site and category or counter for the whole day range (dated its first day).</summary>
    public Task<IReadOnlyList<StatisticsRow>> TotalsAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return SelectAsync(query, fold => fold.Totals(query.From, query.To), cancellationToken);
    }

    private async Task<IReadOnlyList<StatisticsRow>> SelectAsync(
        StatisticsQuery query, Func<SiteStatisticsFold, IEnumerable<StatisticsRow>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpAsync(cancellationToken);
            return _sites.Values
                .Where(fold => query.Site is null || fold.Site == query.Site)
                .SelectMany(rows)
                .Where(row => row.Day >= query.From && row.Day <= query.To && (query.Dimension is null || row.Dimension == query.Dimension))
                .OrderBy(row => row.Site, StringComparer.Ordinal)
                .ThenBy(row => row.Day)
                .ThenBy(row => row.Dimension)
                .ThenBy(row => row.Key.Length)
                .ThenBy(row => row.Key, StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Stored events the statistics skipped (unreadable, or of a type newer than this central), as of
    /// the last query: how many, and the first reasons of each site.
    /// </summary>
    public async Task<SkippedEvents> SkippedAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return new SkippedEvents(_sites.Values.Sum(fold => fold.SkippedEvents), [.. _sites.Values.SelectMany(fold => fold.Problems)]);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        foreach (var site in await feed.SitesAsync(cancellationToken))
        {
            if (!_sites.TryGetValue(site, out var fold))
            {
                fold = new SiteStatisticsFold(site, options);
                _sites[site] = fold;
            }

            while (true)
            {
                var before = fold.LastSeq;
                var batch = await feed.EventsAfterAsync(site, fold.LastSeq, BatchSize, cancellationToken);
                foreach (var record in batch)
                {
                    fold.Apply(record);
                }

                // A short batch is the end; a full one that moved nothing would repeat for ever.
                if (batch.Count < BatchSize || fold.LastSeq == before)
                {
                    break;
                }
            }
        }
    }

    public void Dispose() => _gate.Dispose();
}
