using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.Tests.Pages;

public sealed partial class AdministrationTests
{
    [Fact]
    public async Task UploadAttachment_ThenResidentsDownloadIt_AndTheAuditLogNamesTheAdministrator()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync();
        using var client = server.CreateClient();
        await AuthorizationTests.LogInAsync(client, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);
        var matter = await AnyMatterAsync(server.Services);
        var page = $"/admin/sprawy/{matter}";
        var token = await AntiforgeryTests.TokenAsync(client, page);
        var template = Encoding.UTF8.GetBytes("%PDF-1.4 wzór wniosku");

        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Wniosek o wydanie dowodu (wzór)"), "Title" },
            { new ByteArrayContent(template) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "File", "wniosek-dowod.pdf" },
        };
        using var uploaded = await client.PostAsync($"{page}?handler=Upload", upload);
        var matterPage = await client.GetStringAsync($"/sprawa/{matter}");
        var link = AttachmentLink().Match(matterPage);
        using var download = await client.GetAsync(link.Groups[1].Value);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.True(link.Success, "the resident's matter page links the template");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(template, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("wniosek-dowod.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var audit = await server.Services.GetRequiredService<IBookingAdministration>().GetAuditLogAsync(5);
        Assert.Equal(CentralTestServer.AdminLogin, audit[0].Actor);
    }

    [Fact]
    public async Task SetCapacityToZero_WithdrawsTheMatterFromThatLocationForResidents()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync();
        using var client = server.CreateClient();
        await AuthorizationTests.LogInAsync(client, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);
        var matter = await AnyMatterAsync(server.Services);
        var catalogue = server.Services.GetRequiredService<IBookingCatalogue>();
        var location = (await catalogue.GetMatterAsync(matter))!.Locations[0].LocationId;
        var page = $"/admin/sprawy/{matter}";
        var token = await AntiforgeryTests.TokenAsync(client, page);

        using var saved = await client.PostAsync($"{page}?handler=Capacity", AntiforgeryTests.Form(token, ("LocationId", location), ("Counters", "0")));
        using var calendar = await client.GetAsync($"/sprawa/{matter}/{location}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain((await catalogue.GetMatterAsync(matter))!.Locations, l => l.LocationId == location);
        Assert.Equal(HttpStatusCode.NotFound, calendar.StatusCode);
    }

    [Fact]
    public async Task CreateDepartmentWithEmptyName_ShowsTheCoresPolishRefusal()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync();
        using var client = server.CreateClient();
        await AuthorizationTests.LogInAsync(client, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);
        var token = await AntiforgeryTests.TokenAsync(client, "/admin/wydzialy");

        using var created = await client.PostAsync("/admin/wydzialy?handler=Create", AntiforgeryTests.Form(token, ("Name", ""), ("Description", ""), ("SortOrder", "1")));
        var page = await client.GetStringAsync("/admin/wydzialy");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("class=\"alert\" role=\"alert\"", page, StringComparison.Ordinal);
    }

    private static async Task<int> AnyMatterAsync(IServiceProvider services)
    {
        var catalogue = services.GetRequiredService<IBookingCatalogue>();
        var department = (await catalogue.GetDepartmentsAsync())[0];
        return (await catalogue.GetDepartmentAsync(department.Id))!.Groups.SelectMany(g => g.Matters).First().Id;
    }

    [GeneratedRegex("<a href=\"(/zalacznik/\\d+)\" download>Wniosek o wydanie dowodu \\(wzór\\)</a>")]
    private static partial Regex AttachmentLink();
}
