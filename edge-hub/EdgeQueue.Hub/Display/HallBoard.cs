using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Web;

namespace EdgeQueue.Hub.Display;

/// <summary>
/// The hall's calls (newest first, as many as the site file keeps) and waiting counts. The gateway
/// feeds it committed calls and queue snapshots; the display page and <c>hall/calls</c> read it.
/// Thread-safe; <see cref="Changed"/> fires after each change with the new view.
/// </summary>
public sealed class HallBoard
{
    private readonly Lock _gate = new();
    private readonly SiteDefinition _site;
    private List<HallCall> _calls = [];
    private IReadOnlyList<HallCategoryView> _categories;
    private long _version;

    public HallBoard(SiteDefinition site)
    {
        ArgumentNullException.ThrowIfNull(site);
        _site = site;
        _categories = [.. site.Queue.Categories.Select(c => new HallCategoryView(c.Prefix, c.Name, 0, false))];
    }

    public event Action<HallView>? Changed;

    public HallView Current
    {
        get
        {
            lock (_gate)
            {
                return View();
            }
        }
    }

    public string CurrentJson => ToJson(Current);

    public HallCalls Calls
    {
        get
        {
            lock (_gate)
            {
                return new HallCalls([.. _calls]);
            }
        }
    }

    public static string ToJson(HallView view) => HubJson.Serialize(view);

    /// <summary>
    /// A ticket was called (or recalled) to a counter. The first line (the screen's big panel) is
    /// the newest first call: a recall of another ticket goes right below it, marked, so it does
    /// not push a newer call off the panel; a recall of the panel's own ticket stays on the panel.
    /// A ticket shows once: its newest call replaces an older line for it.
    /// </summary>
    public HallView RecordCall(HallCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        HallView view;
        lock (_gate)
        {
            var others = _calls.Where(c => c.Ticket != call.Ticket).ToList();
            var keepsPanel = call.Recall && others.Count > 0 && _calls[0].Ticket != call.Ticket;
            List<HallCall> calls = keepsPanel ? [others[0], call, .. others.Skip(1)] : [call, .. others];
            _calls = [.. calls.Take(_site.RecentCalls)];
            view = Bump();
        }

        Changed?.Invoke(view);
        return view;
    }

    /// <summary>Waiting counts changed (a ticket issued, called, transferred, the day rolled over).</summary>
    public void UpdateWaiting(QueueFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        HallView view;
        lock (_gate)
        {
            var next = _site.Queue.Categories
                .Select(c => new HallCategoryView(c.Prefix, c.Name, figures.Waiting.GetValueOrDefault(c.Prefix),
                    figures.OpenForIssue.GetValueOrDefault(c.Prefix)))
                .ToList();
            if (next.SequenceEqual(_categories))
            {
                return;
            }

            _categories = next;
            view = Bump();
        }

        Changed?.Invoke(view);
    }

    /// <summary>Restores the calls after a restart (from the retained hall/calls or the queue store).</summary>
    public void Restore(IEnumerable<HallCall> calls)
    {
        lock (_gate)
        {
            _calls = [.. calls.Take(_site.RecentCalls)];
            Bump();
        }
    }

    private HallView Bump()
    {
        _version++;
        return View();
    }

    private HallView View() => new(
        _site.Name, _site.Hall, _site.TimeZone.Id, _categories, [.. _calls], _version);
}
