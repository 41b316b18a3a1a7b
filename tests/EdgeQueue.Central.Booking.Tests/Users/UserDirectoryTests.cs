using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Tests.Fixtures;
using EdgeQueue.Central.Booking.Users;

namespace EdgeQueue.Central.Booking.Tests.Users;

public abstract class UserDirectoryTests : StoreTestBase
{
    [Fact]
    public async Task StartAsync_FreshInstall_CreatesTheFirstAdministrator()
    {
        await using var h = await StartAsync();

        var admin = await h.Users.VerifyPasswordAsync("admin", BookingHarness.AdminPassword);

        Assert.NotNull(admin);
        Assert.True(admin.IsInRole(BookingRoles.Administrator));
    }

    [Fact]
    public async Task VerifyPasswordAsync_WrongPasswordUnknownOrInactiveUser_ReturnsNull()
    {
        await using var h = await StartAsync();
        var created = await h.Users.CreateAsync("Anna.Agent", "Anna Nowak", "infolinia-2026!", [BookingRoles.Agent], "admin");

        var ok = await h.Users.VerifyPasswordAsync("anna.agent", "infolinia-2026!");
        var wrong = await h.Users.VerifyPasswordAsync("anna.agent", "infolinia-2027!");
        var unknown = await h.Users.VerifyPasswordAsync("nobody", "infolinia-2026!");
        await h.Users.SetActiveAsync("anna.agent", false, "admin");
        var inactive = await h.Users.VerifyPasswordAsync("anna.agent", "infolinia-2026!");

        Assert.True(created.Succeeded);
        Assert.Equal(["agent"], ok!.Roles);
        Assert.Null(wrong);
        Assert.Null(unknown);
        Assert.Null(inactive);
    }

    // PBKDF2-HMAC-SHA256, 1000 iterations, salt "legacy-salt-16by": the format central wrote before
    // 2026-12, computed independently with Python's hashlib.
    private const string LegacyHash = "pbkdf2-sha256$1000$bGVnYWN5LXNhbHQtMTZieQ==$p2Y+DtaoM/1Xbeh79zBveG5Acd94n7j0+Tk5KM2XeGI=";

    [Fact]
    public async Task VerifyPasswordAsync_UserWithLegacyHash_LogsInAndTheHashBecomesTheOneFormat()
    {
        await using var h = await StartAsync();
        await h.Users.CreateAsync("ola.agent", "Ola", "jakies-haslo-123", [BookingRoles.Agent], "admin");
        await SetHashAsync(h, "ola.agent", LegacyHash);

        var wrong = await h.Users.VerifyPasswordAsync("ola.agent", "haslo-sprzed-grudnia!");
        var unchanged = await ReadHashAsync(h, "ola.agent");
        var user = await h.Users.VerifyPasswordAsync("ola.agent", "haslo-sprzed-grudnia");
        var upgraded = await ReadHashAsync(h, "ola.agent");

        Assert.Null(wrong);
        Assert.Equal(LegacyHash, unchanged);
        Assert.Equal("ola.agent", user!.Login);
        Assert.StartsWith("$7$1000$", upgraded, StringComparison.Ordinal);
        Assert.NotNull(await h.Users.VerifyPasswordAsync("ola.agent", "haslo-sprzed-grudnia"));
    }

    private static Task SetHashAsync(BookingHarness h, string login, string hash) =>
        h.Database.WriteAsync(async scope =>
        {
            await scope.Command("UPDATE users SET password_hash = @h WHERE login = @l", ("@h", hash), ("@l", login)).ExecuteAsync(default);
            await scope.CommitAsync(default);
            return true;
        }, default);

    private static Task<string?> ReadHashAsync(BookingHarness h, string login) =>
        h.Database.ReadAsync(c => c.CreateCommand("SELECT password_hash FROM users WHERE login = @l", ("@l", login))
            .SingleOrDefaultAsync(r => r.Text(0), default), default);

    [Fact]
    public async Task SetRolesAndPassword_ExistingUser_TakeEffectAndAreAudited()
    {
        await using var h = await StartAsync();
        await h.Users.CreateAsync("tomasz.tech", "Tomasz", "serwis-urzadzen-1", [BookingRoles.Technician], "admin");

        await h.Users.SetRolesAsync("tomasz.tech", [BookingRoles.Technician, BookingRoles.Agent], "admin");
        await h.Users.SetPasswordAsync("tomasz.tech", "nowe-haslo-serwisu", "admin");

        var user = await h.Users.VerifyPasswordAsync("tomasz.tech", "nowe-haslo-serwisu");
        Assert.Equal([BookingRoles.Technician, BookingRoles.Agent], user!.Roles);
        var actions = (await h.Admin.GetAuditLogAsync()).Where(a => a.EntityId == "tomasz.tech").Select(a => a.Action);
        Assert.Equal(["user.password", "user.roles", "user.create"], actions);
        Assert.DoesNotContain(await h.Admin.GetAuditLogAsync(), a => a.Details.Contains("nowe-haslo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_BadInput_IsRefusedWithField()
    {
        await using var h = await StartAsync();

        var shortPassword = await h.Users.CreateAsync("ewa", "Ewa", "krotkie", [BookingRoles.Agent], "admin");
        var badRole = await h.Users.CreateAsync("ewa", "Ewa", "dlugie-haslo-ewy", ["root"], "admin");
        var badLogin = await h.Users.CreateAsync("e w", "Ewa", "dlugie-haslo-ewy", [BookingRoles.Agent], "admin");
        var duplicate = await h.Users.CreateAsync("admin", "Drugi", "dlugie-haslo-ewy", [BookingRoles.Agent], "admin");

        Assert.Equal(["password", "roles", "login"], new[] { shortPassword, badRole, badLogin }.Select(r => r.Error?.Field));
        Assert.Equal(AdminErrorCode.Conflict, duplicate.Error?.Code);
    }

    [Fact]
    public async Task SecurityStamp_EveryChangeOfTheUser_GivesANewOneDeactivatedHasNone()
    {
        await using var h = await StartAsync();
        await h.Users.CreateAsync("ola.agent", "Ola", "infolinia-2026!", [BookingRoles.Agent], "admin");
        var stamps = new List<string?> { await h.Users.GetSecurityStampAsync("ola.agent") };

        await h.Users.SetRolesAsync("ola.agent", [BookingRoles.Technician], "admin");
        stamps.Add(await h.Users.GetSecurityStampAsync("ola.agent"));
        await h.Users.SetPasswordAsync("ola.agent", "infolinia-2027!", "admin");
        stamps.Add(await h.Users.GetSecurityStampAsync("ola.agent"));
        await h.Users.RenewSecurityStampAsync("OLA.agent");
        stamps.Add(await h.Users.GetSecurityStampAsync("ola.agent"));
        await h.Users.SetActiveAsync("ola.agent", false, "admin");
        var deactivated = await h.Users.GetSecurityStampAsync("ola.agent");
        await h.Users.SetActiveAsync("ola.agent", true, "admin");
        stamps.Add(await h.Users.GetSecurityStampAsync("ola.agent"));

        Assert.All(stamps, stamp => Assert.False(string.IsNullOrEmpty(stamp)));
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
        Assert.Null(deactivated);
        Assert.Null(await h.Users.GetSecurityStampAsync("nobody"));
        Assert.Equal(stamps[^1], await h.Users.GetSecurityStampAsync("ola.agent"));
    }
}
