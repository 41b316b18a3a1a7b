using EdgeQueue.Central.Booking;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Central.Documents;
using EdgeQueue.Central.Residents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EdgeQueue.Central.Pages;

/// <summary>
/// Step 6: the resident's data and "Umów wizytę". The booking core checks every rule (fields,
/// PESEL, horizon, capacity, limit per PESEL) and reports every wrong field at once; each refusal
/// appears next to its field and in the summary above the form.
/// </summary>
[EnableRateLimiting(BookingRateLimits.Booking)]
public sealed class BookingFormModel(
    IBookingCatalogue catalogue, IVisitBooking booking, ConfirmationTokens tokens) : PageModel
{
    public MatterDetails Matter { get; private set; } = null!;

    public MatterLocation Location { get; private set; } = null!;

    public DateOnly Day { get; private set; }

    public TimeOnly Time { get; private set; }

    /// <summary>The slot was taken or closed meanwhile: offer another hour.</summary>
    public bool SlotGone { get; private set; }

    public bool ByAgent => StaffActor.IsAgent(User);

    [BindProperty]
    public BookingInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int matterId, string locationId, string day, string time, CancellationToken cancellation) =>
        await LoadAsync(matterId, locationId, day, time, cancellation) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int matterId, string locationId, string day, string time, CancellationToken cancellation)
    {
        if (!await LoadAsync(matterId, locationId, day, time, cancellation))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page(); // only a hand-made post that does not bind (the fields themselves are the core's to check)
        }

        var request = new BookVisitRequest(
            matterId, locationId, Day, Time, Trimmed(Input.Pesel), Trimmed(Input.FirstName), Trimmed(Input.LastName),
            Trimmed(Input.Email), string.IsNullOrWhiteSpace(Input.Phone) ? null : Input.Phone.Trim(), Input.Consent);
        var result = await booking.BookAsync(request, StaffActor.For(User), cancellation);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(FieldOf(error), error.Message);
            }

            SlotGone = result.Error!.Code is BookingErrorCode.SlotFull or BookingErrorCode.NotASlot or BookingErrorCode.TooLate
                or BookingErrorCode.DayClosed or BookingErrorCode.DayOutOfRange;
            return Page();
        }

        var token = tokens.Seal(VisitConfirmation.From(result.Visit!));
        return Redirect($"/potwierdzenie/{token}{(result.ConfirmationSent ? "" : "?wyslano=nie")}");
    }

    private static readonly string[] Fields = ["", "Input.Pesel", "Input.FirstName", "Input.LastName", "Input.Email", "Input.Phone", "Input.Consent"];

    /// <summary>Where a field stands in the form, so the error summary lists errors top to bottom (the form's own errors first).</summary>
    public static int FormOrder(string key)
    {
        var at = Array.IndexOf(Fields, key);
        return at < 0 ? Fields.Length : at;
    }

    private static string Trimmed(string? value) => value?.Trim() ?? string.Empty;

    /// <summary>Which form field a refusal belongs to (empty: the form as a whole), by the core's field name or, failing that, its code.</summary>
    internal static string FieldOf(BookingError error) => error.Field switch
    {
        "pesel" => "Input.Pesel",
        "firstName" => "Input.FirstName",
        "lastName" => "Input.LastName",
        "email" => "Input.Email",
        "phone" => "Input.Phone",
        "consent" => "Input.Consent",
        _ => error.Code switch
        {
            BookingErrorCode.InvalidPesel or BookingErrorCode.PeselLimitReached => "Input.Pesel",
            BookingErrorCode.InvalidEmail => "Input.Email",
            BookingErrorCode.InvalidPhone => "Input.Phone",
            BookingErrorCode.ConsentRequired => "Input.Consent",
            BookingErrorCode.InvalidName => "Input.FirstName",
            _ => string.Empty,
        },
    };

    private async Task<bool> LoadAsync(int matterId, string locationId, string day, string time, CancellationToken cancellation)
    {
        if (!RouteFormats.TryDay(day, out var date) || !RouteFormats.TryHour(time, out var hour))
        {
            return false;
        }

        if (await MatterAtLocation.FindAsync(catalogue, matterId, locationId, cancellation) is not (var matter, var location))
        {
            return false;
        }

        (Matter, Location, Day, Time) = (matter, location, date, hour);
        return true;
    }
}
