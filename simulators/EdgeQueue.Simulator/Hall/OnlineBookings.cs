using System.Globalization;
using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Simulation.Traffic;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// The day's booked visitors book online before the day starts, each as a resident through
/// central's public booking API (<c>POST /api/visits</c>: PESEL, name, e-mail, consent) for the
/// matter of their category at the plan's time. Central's confirmation code replaces the plan's, so
/// the visitor later checks in at the hall with the code central gave. A booking central refuses
/// (e.g. a slot that began while the demo was starting at a high speed) leaves that visitor out of the day.
/// </summary>
internal static class OnlineBookings
{
    private static readonly string[] FirstNames = ["Anna", "Piotr", "Maria", "Krzysztof", "Katarzyna", "Tomasz", "Agnieszka", "Paweł", "Magdalena", "Michał"];

    private static readonly string[] LastNames = ["Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król", "Wieczorek"];

    /// <returns>The plan with central's codes (refused visitors removed) and one line per refusal.</returns>
    public static async Task<(DayPlan Plan, IReadOnlyList<string> Refusals)> BookAsync(
        Uri central, DayPlan plan, string siteId, IReadOnlyDictionary<string, int> matters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(matters);
        using var resident = CentralDesk.Anonymous(central);
        var codes = new Dictionary<int, string>();
        var refusals = new List<string>();
        foreach (var visit in plan.Bookings)
        {
            var time = plan.Profile.Opens.Add(visit.BookedFor!.Value);
            var request = new BookVisitRequest(
                matters[visit.Category], siteId, plan.Day, time, ResidentPesel.For(visit.Number),
                FirstNames[visit.Number % FirstNames.Length], LastNames[visit.Number / FirstNames.Length % LastNames.Length],
                $"mieszkaniec{visit.Number}@example.pl", Phone: null, Consent: true);
            try
            {
                var booked = await resident.PostAsync<BookedVisit>("api/visits", request, cancellationToken);
                codes[visit.Number] = booked.Code;
            }
            catch (CentralRefusedException refused) when (refused.Status is >= 400 and < 500)
            {
                refusals.Add($"resident {visit.Number} could not book {visit.Category} at {time.ToString("HH:mm", CultureInfo.InvariantCulture)}: {refused.Detail}");
            }
        }

        var arrivals = plan.Arrivals
            .Where(a => a.Kind != ArrivalKind.Booked || codes.ContainsKey(a.Number))
            .Select(a => a.Kind == ArrivalKind.Booked ? a with { BookingCode = codes[a.Number] } : a)
            .ToList();
        return (plan with { Arrivals = arrivals }, refusals);
    }
}
