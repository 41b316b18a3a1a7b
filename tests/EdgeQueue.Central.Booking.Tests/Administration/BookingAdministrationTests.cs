using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Tests.Fixtures;
using EdgeQueue.Central.Booking.Visits;
using static EdgeQueue.Central.Booking.Tests.Fixtures.BookingHarness;

namespace EdgeQueue.Central.Booking.Tests.Administration;

public abstract class BookingAdministrationTests : StoreTestBase
{
    [Fact]
    public async Task Commands_CatalogueLifecycle_AreAppliedAndAudited()
    {
        await using var h = await StartAsync();

        var department = await h.Admin.CreateDepartmentAsync(new DepartmentDraft("Wydział Finansowy", "Podatki i opłaty lokalne.", 9), "ewa.admin");
        var group = await h.Admin.CreateMatterGroupAsync(new MatterGroupDraft(department.Value, "Podatki lokalne", 1), "ewa.admin");
        var matter = await h.Admin.CreateMatterAsync(new MatterDraft(group.Value, "Podatek od nieruchomości", "Informacja i deklaracje.",
            ["Dowód osobisty", "Akt notarialny"], 20, "F", true, 1), "ewa.admin");
        var capacity = await h.Admin.SetMatterCapacityAsync(matter.Value, Site, 2, "ewa.admin");
        var attachment = await h.Admin.AddAttachmentAsync(new AttachmentDraft(matter.Value, "Deklaracja DN-1", "dn-1.pdf", "application/pdf", [0x25, 0x50, 0x44, 0x46]), "ewa.admin");
        var renamed = await h.Admin.UpdateDepartmentAsync(department.Value, new DepartmentDraft("Wydział Finansów", "Podatki.", 9), "ewa.admin");

        Assert.True(department.Succeeded && group.Succeeded && matter.Succeeded && capacity.Succeeded && attachment.Succeeded && renamed.Succeeded);
        var details = (await h.Catalogue.GetMatterAsync(matter.Value))!;
        Assert.Equal(("Wydział Finansów", 20, "F"), (details.DepartmentName, details.VisitMinutes, details.QueueCategory));
        Assert.Equal(["Dowód osobisty", "Akt notarialny"], details.RequiredDocuments);
        Assert.Equal(2, Assert.Single(details.Locations).Counters);
        var file = (await h.Catalogue.GetAttachmentAsync(attachment.Value))!;
        Assert.Equal(("dn-1.pdf", 4L), (file.Info.FileName, file.Info.Length));
        Assert.Equal([0x25, 0x50, 0x44, 0x46], file.Content);
        var audit = await h.Admin.GetAuditLogAsync();
        Assert.Equal(["department.update", "attachment.add", "matter.capacity", "matter.create", "group.create", "department.create"],
            audit.Where(a => a.Actor == "ewa.admin").Select(a => a.Action));
        Assert.Equal(2, (await h.Admin.GetAuditLogAsync(2, audit[1].Id)).Count);
    }

    [Fact]
    public async Task Delete_ThingsStillInUse_IsRefusedWithReason()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();
        await h.Booking.BookAsync(Request(matter, new DateOnly(2026, 12, 2), new TimeOnly(10, 0)), BookingActor.Resident);
        var details = (await h.Catalogue.GetMatterAsync(matter))!;

        var department = await h.Admin.DeleteDepartmentAsync(details.DepartmentId, "test");
        var group = await h.Admin.DeleteMatterGroupAsync(details.GroupId, "test");
        var withVisits = await h.Admin.DeleteMatterAsync(matter, "test");
        var location = await h.Admin.DeleteLocationAsync(Site, "test");
        var missing = await h.Admin.DeleteMatterAsync(424242, "test");

        Assert.All([department, group, withVisits, location], r => Assert.Equal(AdminErrorCode.Conflict, r.Error?.Code));
        Assert.Contains("nieaktywną", withVisits.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(AdminErrorCode.NotFound, missing.Error?.Code);
    }

    [Fact]
    public async Task UpdatePrivacyNotice_NewText_ServedInsteadOfTheDefaultAndAuditedWithoutTheText()
    {
        await using var h = await StartAsync();
        var before = await h.Catalogue.GetPrivacyNoticeAsync();
        const string text = "Administratorem danych jest Urząd Miasta Testowa.\r\n\r\n- prawo dostępu\r\n- prawo sprostowania";

        var saved = await h.Admin.UpdatePrivacyNoticeAsync(text, "admin");
        var again = await h.Admin.UpdatePrivacyNoticeAsync(text + "\n- prawo do skargi", "admin"); // the second write replaces the first
        var empty = await h.Admin.UpdatePrivacyNoticeAsync("  ", "admin");

        Assert.Equal(EdgeQueue.Central.Booking.Privacy.PrivacyNotice.Default, before);
        Assert.True(saved.Succeeded && again.Succeeded);
        Assert.Equal("Administratorem danych jest Urząd Miasta Testowa.\n\n- prawo dostępu\n- prawo sprostowania\n- prawo do skargi",
            await h.Catalogue.GetPrivacyNoticeAsync());
        Assert.Equal(("text", AdminErrorCode.Invalid), (empty.Error?.Field, empty.Error!.Code));
        var audit = (await h.Admin.GetAuditLogAsync()).Where(e => e.Action == "privacy-notice.update").ToList();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.DoesNotContain("Testowa", e.Details, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commands_InvalidInput_AreRefusedAndNotAudited()
    {
        await using var h = await StartAsync();
        var before = (await h.Admin.GetAuditLogAsync()).Count;

        var results = new[]
        {
            (await h.Admin.CreateDepartmentAsync(new DepartmentDraft(" ", "x", 1), "t")).Error,
            (await h.Admin.CreateMatterAsync(new MatterDraft(1, "Sprawa", "", [], 3, "A", true, 1), "t")).Error,
            (await h.Admin.CreateMatterAsync(new MatterDraft(1, "Sprawa", "", [], 15, "a1", true, 1), "t")).Error,
            (await h.Admin.CreateLocationAsync(new LocationDraft("Poznań Libelta", "Sala", "ul. Libelta"), "t")).Error,
            (await h.Admin.SetOpeningHoursAsync(Site, [new(DayOfWeek.Monday, new TimeOnly(16, 0), new TimeOnly(8, 0))], "t")).Error,
            (await h.Admin.SetMatterCapacityAsync(1, Site, 99, "t")).Error,
            (await h.Admin.AddAttachmentAsync(new AttachmentDraft(1, "Wzór", "../../etc/passwd", "text/plain", [1]), "t")).Error,
        };

        Assert.Equal(["name", "visitMinutes", "queueCategory", "id", "hours", "counters", "fileName"], results.Select(e => e?.Field));
        Assert.All(results, e => Assert.Equal(AdminErrorCode.Invalid, e!.Code));
        Assert.Equal(before, (await h.Admin.GetAuditLogAsync()).Count);
    }

    [Fact]
    public async Task CreateLocation_NewSite_CanOfferMattersWithItsOwnHours()
    {
        await using var h = await StartAsync();
        var created = await h.Admin.CreateLocationAsync(new LocationDraft("poznan-slowackiego", "Urząd Miasta, ul. Słowackiego", "ul. Słowackiego 22"), "t");
        var duplicate = await h.Admin.CreateLocationAsync(new LocationDraft("poznan-slowackiego", "Kopia", "ul. Słowackiego 22"), "t");
        await h.Admin.SetOpeningHoursAsync("poznan-slowackiego", [new(DayOfWeek.Wednesday, new TimeOnly(10, 0), new TimeOnly(12, 0))], "t");
        var matter = await h.CreateMatterAsync();
        await h.Admin.SetMatterCapacityAsync(matter, "poznan-slowackiego", 1, "t");

        var day = (await h.Calendar.GetDayAsync(matter, "poznan-slowackiego", new DateOnly(2026, 12, 2))).Value!;

        Assert.Equal("poznan-slowackiego", created.Value);
        Assert.Equal(AdminErrorCode.Conflict, duplicate.Error?.Code);
        Assert.Equal(8, day.Slots.Count);
        Assert.Equal(new TimeOnly(10, 0), day.Slots[0].Start);
    }
}
