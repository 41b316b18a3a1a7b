using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Pages.Shared;
using EdgeQueue.Central.SiteViews.Fleet;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages.Fleet;

/// <summary>
/// The technicians' fleet view <c>/flota</c>: every device of every site from the hubs' registries,
/// alerts first (offline longer than the configured minutes, paper, old firmware, errors),
/// filtered by site and state.
/// </summary>
[Authorize(Policy = BookingPolicies.Technician)]
public sealed class IndexModel(FleetMonitor monitor, FleetOptions options, IBookingCatalogue catalogue) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "lokalizacja")]
    public string? Site { get; set; }

    [BindProperty(SupportsGet = true, Name = "stan")]
    public string? State { get; set; }

    public FleetView View { get; private set; } = null!;

    /// <summary>Sites by their location names (the filter still sends the id).</summary>
    public SiteNames Names { get; private set; } = SiteNames.None;

    public int OfflineAlertMinutes => options.OfflineAlertMinutes;

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        Site = string.IsNullOrWhiteSpace(Site) ? null : Site;
        State = FleetFilter.States.Contains(State) ? State : null;
        View = await monitor.ViewAsync(new FleetFilter(Site, State), cancellation);
        Names = await SiteNames.LoadAsync(catalogue, cancellation);
    }

    public static string StateName(DeviceState state) => state switch
    {
        DeviceState.Online => "online",
        DeviceState.Offline => "offline",
        _ => "nieznany",
    };

    public static string Local(DateTimeOffset? at) => at is { } value
        ? TimeZoneInfo.ConvertTime(value, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        : "—";
}
