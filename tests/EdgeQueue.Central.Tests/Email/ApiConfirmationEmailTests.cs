using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EdgeQueue.Central.Residents;
using EdgeQueue.Central.Tests.Hosting;

namespace EdgeQueue.Central.Tests.Email;

/// <summary>A visit booked or cancelled through the JSON API gets the same e-mails as one made on the pages. Real Kestrel.</summary>
public sealed class ApiConfirmationEmailTests
{
    [Fact]
    public async Task PostVisitsThenCancel_EachSendsItsEmailLikeThePages()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        using var client = server.CreateClient();
        var (matter, location, day, time) = await PostgresHostingTests.FirstFreeSlotAsync(server.Services);

        using var booked = await client.PostAsJsonAsync("/api/visits", new
        {
            matterId = matter, locationId = location, day = RouteFormats.Day(day), time = time.ToString("HH:mm", CultureInfo.InvariantCulture),
            pesel = TestPesel.Valid, firstName = "Jan", lastName = "Nowak", email = "jan.api@example.pl", phone = (string?)null, consent = true,
        });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var code = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var afterBooking = await MailsAsync(server);

        using var cancelled = await client.PostAsJsonAsync("/api/visits/cancel", new { pesel = TestPesel.Valid, matterId = matter, day = RouteFormats.Day(day), code });
        var afterCancel = await MailsAsync(server);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var confirmation = Assert.Single(afterBooking);
        Assert.Contains("To: jan.api@example.pl", confirmation, StringComparison.Ordinal);
        Assert.Contains($"Subject: Potwierdzenie wizyty {code}", confirmation, StringComparison.Ordinal);
        Assert.Contains("text/calendar", confirmation, StringComparison.Ordinal);
        var body = QuotedPrintable.Decode(confirmation);
        Assert.Matches("Dzień dobry,\r?\n", body); // neutral: "Dzień dobry Jan" is not how Polish greets
        Assert.Matches(@"Miejsce: Urząd Miasta Poznania, ul\. \w+ [0-9]", body); // the street once, with its number
        Assert.Equal(2, afterCancel.Count);
        var cancellation = Assert.Single(afterCancel, mail => mail != confirmation);
        Assert.Contains("To: jan.api@example.pl", cancellation, StringComparison.Ordinal);
        Assert.Contains($"wizyta {code} została odwołana", QuotedPrintable.Decode(cancellation), StringComparison.Ordinal);
    }

    private static async Task<List<string>> MailsAsync(CentralTestServer server)
    {
        var mails = new List<string>();
        foreach (var file in server.MailFiles())
        {
            mails.Add(await File.ReadAllTextAsync(file));
        }

        return mails;
    }
}
