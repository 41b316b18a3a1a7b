using EdgeQueue.Central.Booking.Catalogue;

namespace EdgeQueue.Central.Residents;

/// <summary>Every bookable matter, grouped by department, for the "which matter?" drop-down of cancellation.</summary>
public static class MatterChoices
{
    public static async Task<IReadOnlyList<(string Department, IReadOnlyList<MatterSummary> Matters)>> LoadAsync(
        IBookingCatalogue catalogue, CancellationToken cancellation)
    {
        var choices = new List<(string, IReadOnlyList<MatterSummary>)>();
        foreach (var department in await catalogue.GetDepartmentsAsync(cancellation))
        {
            var details = await catalogue.GetDepartmentAsync(department.Id, cancellation: cancellation);
            if (details is not null)
            {
                choices.Add((department.Name, details.Groups.SelectMany(g => g.Matters).ToList()));
            }
        }

        return choices;
    }
}
