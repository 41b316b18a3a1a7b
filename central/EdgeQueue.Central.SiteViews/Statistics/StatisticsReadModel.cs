using EdgeQueue.Central.SiteViews.Feed;

namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>
/// Statistics of every site, kept up to date from the events central stored: each query first folds
/// in the events that arrived since the last one (in sequence order, each once), so the dashboard
/// never reads a site's whole history twice.
/// </summary>
public sealed class StatisticsReadModel(ISiteFeed feed, StatisticsOptions options)
{
    private const int BatchSize = 2000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, SiteStatisticsFold> _sites = new(StringComparer.Ordinal);

    public IReadOnlyList<StatisticsRow> Query(StatisticsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            CatchUp();
            return _sites.Values
                .Where(fold => query.Site is null || fold.Site == query.Site)
                .SelectMany(fold => fold.Rows())
                .Where(row => row.Day >= query.From && row.Day <= query.To && (query.Dimension is null || row.Dimension == query.Dimension))
                .OrderBy(row => row.Site, StringComparer.Ordinal)
                .ThenBy(row => row.Day)
                .ThenBy(row => row.Dimension)
                .ThenBy(row => row.Key.Length)
                .ThenBy(row => row.Key, StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>Stored events that could not be read, per site.</summary>
    public IReadOnlyList<string> Problems()
    {
        lock (_gate)
        {
            return _sites.Values.SelectMany(fold => fold.Problems).ToList();
        }
    }

    private void CatchUp()
    {
        foreach (var site in feed.Sites())
        {
            if (!_sites.TryGetValue(site, out var fold))
            {
                fold = new SiteStatisticsFold(site, options);
                _sites[site] = fold;
            }

            while (true)
            {
                var before = fold.LastSeq;
                var batch = feed.EventsAfter(site, fold.LastSeq, BatchSize);
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
}
