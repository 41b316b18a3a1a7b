using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Api;

/// <summary>The JSON API over real HTTP (Kestrel on loopback), SQLite underneath.</summary>
public sealed class BookingApiTests
{
    private const string Wednesday = "2026-12-02";

    [Fact]
    public async Task Api_01_ResidentFindsSlotBooksChecksAndCancels()
    {
        await using var host = await BookingApiHost.StartAsync();
        var http = host.Client;

        var departments = await http.GetFromJsonAsync<JsonElement>("/api/departments");
        var citizens = departments.EnumerateArray().First(d => d.GetProperty("name").GetString() == "Wydział Spraw Obywatelskich");
        var tree = await http.GetFromJsonAsync<JsonElement>($"/api/departments/{citizens.GetProperty("id").GetInt32()}");
        var matterId = tree.GetProperty("groups")[0].GetProperty("matters")[0].GetProperty("id").GetInt32();
        var matter = await http.GetFromJsonAsync<JsonElement>($"/api/matters/{matterId}");
        var month = await http.GetFromJsonAsync<JsonElement>($"/api/matters/{matterId}/locations/poznan-libelta/months/2026/12");
        var day = await http.GetFromJsonAsync<JsonElement>($"/api/matters/{matterId}/locations/poznan-libelta/days/{Wednesday}");
        var start = day.GetProperty("slots")[0].GetProperty("start").GetString();

        var booked = await http.PostAsJsonAsync("/api/visits", Visit(matterId, start!, TestPesel.Nth(1)));
        var visit = await booked.Content.ReadFromJsonAsync<JsonElement>();
        var code = visit.GetProperty("code").GetString()!;
        var lookup = await http.PostAsJsonAsync("/api/visits/lookup", new { code, pesel = TestPesel.Nth(1) });
        var cancelled = await http.PostAsJsonAsync("/api/visits/cancel", new { pesel = TestPesel.Nth(1), matterId, day = Wednesday, code });

        Assert.Contains("dowód osobisty", matter.GetProperty("requiredDocuments")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Closed", month.GetProperty("days")[4].GetProperty("state").GetString());
        Assert.Equal("07:30:00", start);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        Assert.Equal("Jan K.", visit.GetProperty("displayName").GetString());
        Assert.False(visit.TryGetProperty("pesel", out _));
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task PostVisits_InvalidPesel_ReturnsProblemDetailsWithPolishMessage()
    {
        await using var host = await BookingApiHost.StartAsync();
        var matter = await host.CreateSinglePlaceMatterAsync();

        var response = await host.Client.PostAsJsonAsync("/api/visits", Visit(matter, "10:00", "44051401358"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("cyfrę kontrolną", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("InvalidPesel", problem.GetProperty("code").GetString());
        Assert.Equal("pesel", problem.GetProperty("field").GetString());
        Assert.Equal("urn:edgequeue:booking:invalid-pesel", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task PostVisits_SeveralFieldsWrong_ProblemListsEveryOneInFormOrder()
    {
        await using var host = await BookingApiHost.StartAsync();
        var matter = await host.CreateSinglePlaceMatterAsync();

        var response = await host.Client.PostAsJsonAsync("/api/visits", new
        {
            matterId = matter, locationId = "poznan-libelta", day = Wednesday, time = "10:00",
            pesel = "44051401358", firstName = "Jan", lastName = "", email = "jan@", consent = false,
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pesel", problem.GetProperty("field").GetString()); // the first, as before
        Assert.Equal(
            ["pesel", "lastName", "email", "consent"],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.All(problem.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("title").GetString())));
    }

    [Fact]
    public async Task PostVisits_SlotAlreadyTaken_Returns409Problem()
    {
        await using var host = await BookingApiHost.StartAsync();
        var matter = await host.CreateSinglePlaceMatterAsync();

        var first = await host.Client.PostAsJsonAsync("/api/visits", Visit(matter, "10:00", TestPesel.Nth(1)));
        var second = await host.Client.PostAsJsonAsync("/api/visits", Visit(matter, "10:00", TestPesel.Nth(2)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("SlotFull", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostVisits_MalformedJson_Returns400AndBooksNothing()
    {
        await using var host = await BookingApiHost.StartAsync();
        var matter = await host.CreateSinglePlaceMatterAsync();

        var response = await host.Client.PostAsync("/api/visits", new StringContent("{\"matterId\": \"abc\", ", Encoding.UTF8, "application/json"));
        var day = await host.Client.GetFromJsonAsync<JsonElement>($"/api/matters/{matter}/locations/poznan-libelta/days/{Wednesday}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.All(day.GetProperty("slots").EnumerateArray(), s => Assert.Equal(0, s.GetProperty("taken").GetInt32()));
    }

    [Fact]
    public async Task PostVisits_TooManyFromOneAddress_Returns429ProblemWithRetryAfter()
    {
        await using var host = await BookingApiHost.StartAsync(new Dictionary<string, string?> { ["Central:Booking:BookingPermitsPerMinute"] = "3" });
        var matter = await host.CreateSinglePlaceMatterAsync();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await host.Client.PostAsJsonAsync("/api/visits", Visit(matter, "10:00", "1"));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("60", last!.Headers.RetryAfter?.ToString());
        Assert.Equal("TooManyRequests", (await last.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/departments")).StatusCode);
    }

    [Fact]
    public async Task PostAgentSearch_BeyondTheStaffLimit_429ForThatAgentOnly()
    {
        await using var host = await BookingApiHost.StartAsync(new Dictionary<string, string?>
        {
            ["Central:Booking:StaffPermitsPerMinute"] = "2",
            ["Central:Booking:CancellationPermitsPerMinute"] = "1000",
        });
        var pesel = TestPesel.Nth(1);

        var anna = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            anna.Add((await Send(host, HttpMethod.Post, "/api/agent/visits/search", "anna:agent", new { pesel })).StatusCode);
        }

        var ewa = await Send(host, HttpMethod.Post, "/api/agent/visits/search", "ewa:agent", new { pesel });
        var resident = await host.Client.PostAsJsonAsync("/api/visits/lookup", new { code = "ABCDEFGH", pesel });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], anna);
        Assert.Equal(HttpStatusCode.OK, ewa.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resident.StatusCode);
    }

    [Fact]
    public async Task AdminEndpoints_RequireTheAdministratorRole()
    {
        await using var host = await BookingApiHost.StartAsync();
        var body = new { name = "Wydział Finansowy", description = "Podatki", sortOrder = 5 };

        var anonymous = await host.Client.PostAsJsonAsync("/api/admin/departments", body);
        var agent = await Send(host, HttpMethod.Post, "/api/admin/departments", "anna:agent", body);
        var admin = await Send(host, HttpMethod.Post, "/api/admin/departments", "ewa:administrator", body);
        var invalid = await Send(host, HttpMethod.Post, "/api/admin/departments", "ewa:administrator", new { name = "", description = "", sortOrder = 1 });
        var audit = await Send(host, HttpMethod.Get, "/api/admin/audit", "ewa:administrator", null);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Created, admin.StatusCode);
        Assert.True((await admin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("name", (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        var entry = (await audit.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal(("ewa", "department.create"), (entry.GetProperty("actor").GetString(), entry.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task AgentEndpoints_BookSearchAndCancelForACaller()
    {
        await using var host = await BookingApiHost.StartAsync();
        var matter = await host.CreateSinglePlaceMatterAsync();
        var pesel = TestPesel.Nth(3);

        var anonymous = await host.Client.PostAsJsonAsync("/api/agent/visits/search", new { pesel });
        var booked = await Send(host, HttpMethod.Post, "/api/agent/visits", "anna:agent", Visit(matter, "11:00", pesel));
        var search = await Send(host, HttpMethod.Post, "/api/agent/visits/search", "anna:agent", new { pesel });
        var cancel = await Send(host, HttpMethod.Post, "/api/agent/visits/cancel", "anna:agent", new { pesel, matterId = matter, day = Wednesday });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        Assert.Equal("Agent", (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("channel").GetString());
        Assert.Equal(1, (await search.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
    }

    [Fact]
    public async Task SiteChanges_TechnicianReadsFeedWithoutPersonalData()
    {
        await using var host = await BookingApiHost.StartAsync();
        var matter = await host.CreateSinglePlaceMatterAsync();
        await host.Client.PostAsJsonAsync("/api/visits", Visit(matter, "11:00", TestPesel.Nth(8)));

        var response = await Send(host, HttpMethod.Get, "/api/sites/poznan-libelta/booking-changes?after=0", "tomek:technician", null);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"sequence\":1", text, StringComparison.Ordinal);
        Assert.Contains("Jan K.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("example.pl", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPesel.Nth(8), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheBookingEndpoints()
    {
        await using var host = await BookingApiHost.StartAsync();

        var document = await host.Client.GetFromJsonAsync<JsonElement>("/api/openapi/booking.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/visits", out var visits));
        Assert.Equal("BookVisit", visits.GetProperty("post").GetProperty("operationId").GetString());
        Assert.True(paths.TryGetProperty("/api/matters/{matterId}/locations/{locationId}/days/{day}", out _));
        Assert.True(paths.TryGetProperty("/api/admin/matters/{id}", out _));
    }

    [Fact]
    public async Task Host_ProductionWithoutPeselKey_RefusesToStart()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            BookingApiHost.StartAsync(new Dictionary<string, string?> { ["Central:Booking:PeselKey"] = null }));

        Assert.Contains("PeselKey is not set", error.Message, StringComparison.Ordinal);
    }

    private static object Visit(int matterId, string time, string pesel) => new
    {
        matterId,
        locationId = "poznan-libelta",
        day = Wednesday,
        time,
        pesel,
        firstName = "Jan",
        lastName = "Kowalski",
        email = "jan.kowalski@example.pl",
        phone = (string?)null,
        consent = true,
    };

    private static async Task<HttpResponseMessage> Send(BookingApiHost host, HttpMethod method, string path, string user, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add(HeaderAuthenticationHandler.Header, user);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await host.Client.SendAsync(request);
    }
}
