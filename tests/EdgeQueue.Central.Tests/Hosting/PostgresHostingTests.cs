using System.Net;
using System.Text.RegularExpressions;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Slots;
using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Central.Residents;
using EdgeQueue.Central.Tests.Pages;
using EdgeQueue.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.Tests.Hosting;

/// <summary>The same pages with the store on a real PostgreSQL server (Debian's postgresql, free port).</summary>
public sealed partial class PostgresHostingTests
{
    [Fact]
    public async Task Pages_OnPostgres_BookShowsCodeAndCancelWorks()
    {
        await using var postgres = await PostgresRunner.StartAsync();
        var connection = await postgres.CreateDatabaseAsync("central_web");
        await using var server = await CentralTestServer.StartInMemoryOnPostgresAsync(connection);
        using var client = server.CreateClient();
        var (matter, location, day, time) = await FirstFreeSlotAsync(server.Services);
        var form = $"/rezerwacja/{matter}/{location}/{RouteFormats.Day(day)}/{RouteFormats.Hour(time)}";

        var token = await AntiforgeryTests.TokenAsync(client, form);
        using var booked = await client.PostAsync(form, AntiforgeryTests.Form(token,
            ("Input.Pesel", TestPesel.Valid), ("Input.FirstName", "Jan"), ("Input.LastName", "Nowak"),
            ("Input.Email", "jan.nowak@example.pl"), ("Input.Phone", ""), ("Input.Consent", "true")));
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var confirmation = await client.GetStringAsync(booked.Headers.Location!.OriginalString);
        var code = CodeOnPage().Match(confirmation).Groups[1].Value;

        var cancelToken = await AntiforgeryTests.TokenAsync(client, "/odwolaj");
        using var cancelled = await client.PostAsync("/odwolaj", AntiforgeryTests.Form(cancelToken,
            ("Input.Pesel", TestPesel.Valid), ("Input.MatterId", matter.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.Day", RouteFormats.Day(day)), ("Input.Code", code)));

        Assert.NotEmpty(code);
        Assert.Contains("Wizyta została odwołana", await cancelled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(VisitStatus.Cancelled, (await server.Services.GetRequiredService<IVisitBooking>().FindAsync(code, TestPesel.Valid))?.Status);
    }

    internal static async Task<(int Matter, string Location, DateOnly Day, TimeOnly Time)> FirstFreeSlotAsync(IServiceProvider services)
    {
        var catalogue = services.GetRequiredService<IBookingCatalogue>();
        var slots = services.GetRequiredService<ISlotCalendar>();
        var today = services.GetRequiredService<LocalCalendar>().Today;
        foreach (var department in await catalogue.GetDepartmentsAsync())
        {
            foreach (var matter in (await catalogue.GetDepartmentAsync(department.Id))!.Groups.SelectMany(g => g.Matters))
            {
                foreach (var location in (await catalogue.GetMatterAsync(matter.Id))!.Locations)
                {
                    for (var offset = 0; offset < 30; offset++)
                    {
                        var day = await slots.GetDayAsync(matter.Id, location.LocationId, today.AddDays(offset));
                        if (day.Value?.Slots.FirstOrDefault(s => s.Free > 0) is { } free)
                        {
                            return (matter.Id, location.LocationId, day.Value.Day, free.Start);
                        }
                    }
                }
            }
        }

        throw new InvalidOperationException("the seeded catalogue has no free slot in 30 days");
    }

    [GeneratedRegex("<span class=\"code\" id=\"kod\">([A-Z0-9]+)</span>")]
    private static partial Regex CodeOnPage();
}
