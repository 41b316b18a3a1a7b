using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Tests.Fixtures;
using EdgeQueue.Central.Booking.Visits;
using static EdgeQueue.Central.Booking.Tests.Fixtures.BookingHarness;

namespace EdgeQueue.Central.Booking.Tests.Privacy;

/// <summary>PESEL only as a keyed hash; personal data gone after the retention period.</summary>
public abstract class PersonalDataTests : StoreTestBase
{
    private static readonly DateOnly Wednesday = new(2026, 12, 2);

    [Fact]
    public async Task BookAsync_AnyVisit_StoresPeselOnlyAsKeyedHash()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();
        var pesel = TestPesel.Nth(5);
        await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0), pesel), BookingActor.Resident);

        var stored = await h.Database.ReadAsync(c => c.CreateCommand(
            "SELECT pesel_hash, code, display_name, first_name, last_name, email, phone FROM visits")
            .ListAsync(r => Enumerable.Range(0, 7).Select(i => r.IsDBNull(i) ? string.Empty : r.GetString(i)).ToList(), CancellationToken.None), CancellationToken.None);
        var changes = await h.Database.ReadAsync(c => c.CreateCommand("SELECT display_name, code FROM site_booking_changes")
            .ListAsync(r => r.GetString(0) + "|" + r.GetString(1), CancellationToken.None), CancellationToken.None);

        var row = Assert.Single(stored);
        Assert.DoesNotContain(row, v => v.Contains(pesel, StringComparison.Ordinal));
        Assert.Equal(64, row[0].Length);
        Assert.StartsWith("Jan K.|", Assert.Single(changes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurgeAsync_AfterRetentionPeriod_DeletesNamesContactAndPeselHash()
    {
        await using var h = await StartAsync(new Dictionary<string, string?> { ["Central:Booking:RetentionDays"] = "14" });
        var matter = await h.CreateMatterAsync();
        var pesel = TestPesel.Nth(6);
        var early = (await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0), pesel), BookingActor.Resident)).Visit!;
        var late = (await h.Booking.BookAsync(Request(matter, new DateOnly(2026, 12, 30), new TimeOnly(10, 0), pesel), BookingActor.Resident)).Visit!;

        var tooEarly = await h.Purge.PurgeAsync();
        h.Clock.Advance(TimeSpan.FromDays(16));
        var purged = await h.Purge.PurgeAsync();
        var again = await h.Purge.PurgeAsync();

        Assert.Equal((0, 1, 0), (tooEarly, purged, again));
        Assert.Null(await h.Booking.FindAsync(early.Code, pesel));
        Assert.Equal("jan.kowalski@example.pl", (await h.Booking.FindAsync(late.Code, pesel))!.Email);
        var row = await h.Database.ReadAsync(c => c.CreateCommand(
            "SELECT first_name, last_name, email, phone, pesel_hash, display_name, status FROM visits WHERE code = @c", ("@c", early.Code))
            .ListAsync(r => Enumerable.Range(0, 7).Select(i => r.IsDBNull(i) ? null : r.GetString(i)).ToList(), CancellationToken.None), CancellationToken.None);
        Assert.Equal([null, null, null, null, null, string.Empty, "booked"], Assert.Single(row));
        var change = (await h.Feed.ReadAsync(Site, 0, 10)).Single(c => c.Code == early.Code);
        Assert.Equal(string.Empty, change.DisplayName);
    }
}
