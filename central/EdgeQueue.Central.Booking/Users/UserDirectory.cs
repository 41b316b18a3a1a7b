using System.Data.Common;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Security;

namespace EdgeQueue.Central.Booking.Users;

internal sealed partial class UserDirectory : IUserDirectory
{
    public const int MinPasswordLength = 12;
    private const string Columns = "id, login, display_name, roles, active, created_at";
    private readonly BookingDatabase _database;
    private readonly BookingClock _clock;
    private readonly BookingOptions _options;
    private readonly Lazy<string> _dummyHash;

    public UserDirectory(BookingDatabase database, BookingClock clock, BookingOptions options)
    {
        _database = database;
        _clock = clock;
        _options = options;
        _dummyHash = new Lazy<string>(() => PasswordHash.Create("no such user, same work", options.PasswordIterations));
    }

    public async Task<StaffUser?> VerifyPasswordAsync(string login, string password, CancellationToken cancellation = default)
    {
        var rows = await _database.ReadAsync(c => c.CreateCommand($"SELECT {Columns}, password_hash FROM users WHERE login = @l", ("@l", Normalize(login)))
            .ListAsync(r => (User: Read(r), Hash: r.Text(6)), cancellation), cancellation);
        if (rows.Count == 0)
        {
            // Same work as a real check, so response time does not reveal which logins exist.
            PasswordHash.Verify(password ?? string.Empty, _dummyHash.Value);
            return null;
        }

        var (user, hash) = rows[0];
        if (!PasswordHash.Verify(password ?? string.Empty, hash) || !user.Active)
        {
            return null;
        }

        if (PasswordHash.IsLegacy(hash))
        {
            await UpgradeHashAsync(user.Login, hash, password!, cancellation);
        }

        return user;
    }

    /// <summary>
    /// A hash of the format before 2026-12 becomes the one format at the first log-in that proves the
    /// password; the security stamp stays, so the user's sessions stay valid.
    /// </summary>
    private Task UpgradeHashAsync(string login, string legacyHash, string password, CancellationToken cancellation) =>
        _database.WriteAsync(async scope =>
        {
            await scope.Command("UPDATE users SET password_hash = @h WHERE login = @l AND password_hash = @old",
                ("@h", PasswordHash.Create(password, _options.PasswordIterations)), ("@l", login), ("@old", legacyHash)).ExecuteAsync(cancellation);
            await scope.CommitAsync(cancellation);
            return true;
        }, cancellation);

    public Task<StaffUser?> GetAsync(string login, CancellationToken cancellation = default) =>
        _database.ReadAsync(c => c.CreateCommand($"SELECT {Columns} FROM users WHERE login = @l", ("@l", Normalize(login)))
            .SingleOrDefaultAsync(Read, cancellation), cancellation);

    public Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellation = default) =>
        _database.ReadAsync<IReadOnlyList<StaffUser>>(async c =>
            await c.CreateCommand($"SELECT {Columns} FROM users ORDER BY login").ListAsync(Read, cancellation), cancellation);

    public async Task<AdminResult<int>> CreateAsync(string login, string displayName, string password, IReadOnlyList<string> roles, string actor, CancellationToken cancellation = default)
    {
        var normalized = Normalize(login);
        var invalid = LoginError(normalized) ?? PasswordError(password) ?? RolesError(roles)
            ?? (string.IsNullOrWhiteSpace(displayName) || displayName.Length > 100
                ? AdminErrors.Invalid("displayName", "Podaj imię i nazwisko pracownika (do 100 znaków).", "Give the user's name (up to 100 characters).")
                : null);
        if (invalid is not null)
        {
            return AdminResult<int>.Failure(invalid);
        }

        var hash = PasswordHash.Create(password, _options.PasswordIterations);
        return await _database.WriteAsync(async scope =>
        {
            if (await scope.Command("SELECT COUNT(*) FROM users WHERE login = @l", ("@l", normalized)).ScalarAsync<long>(cancellation) > 0)
            {
                return AdminResult<int>.Failure(AdminErrors.Conflict($"Użytkownik {normalized} już istnieje.", $"User {normalized} already exists."));
            }

            var id = (int)await scope.Command(
                "INSERT INTO users (login, display_name, password_hash, roles, active, created_at, security_stamp) VALUES (@l, @d, @h, @r, 1, @at, @s) RETURNING id",
                ("@l", normalized), ("@d", displayName.Trim()), ("@h", hash), ("@r", string.Join(',', roles.Distinct())),
                ("@at", _clock.UtcNow.ToUnixTimeMilliseconds()), ("@s", NewStamp())).ScalarAsync<long>(cancellation);
            await AuditWriter.AppendAsync(scope, _clock, actor, "user.create", "user", normalized, $"role: {string.Join(',', roles)}", cancellation);
            await scope.CommitAsync(cancellation);
            return AdminResult<int>.Success(id);
        }, cancellation);
    }

    public Task<AdminResult> SetPasswordAsync(string login, string newPassword, string actor, CancellationToken cancellation = default)
    {
        var invalid = PasswordError(newPassword);
        return invalid is not null
            ? Task.FromResult(AdminResult.Failure(invalid))
            : UpdateAsync(login, "password_hash = @v", PasswordHash.Create(newPassword, _options.PasswordIterations), actor, "user.password", string.Empty, cancellation);
    }

    public Task<AdminResult> SetRolesAsync(string login, IReadOnlyList<string> roles, string actor, CancellationToken cancellation = default)
    {
        var invalid = RolesError(roles);
        return invalid is not null
            ? Task.FromResult(AdminResult.Failure(invalid))
            : UpdateAsync(login, "roles = @v", string.Join(',', roles.Distinct()), actor, "user.roles", $"role: {string.Join(',', roles)}", cancellation);
    }

    public Task<AdminResult> SetActiveAsync(string login, bool active, string actor, CancellationToken cancellation = default) =>
        UpdateAsync(login, "active = @v", active ? 1 : 0, actor, active ? "user.activate" : "user.deactivate", string.Empty, cancellation);

    public Task<string?> GetSecurityStampAsync(string login, CancellationToken cancellation = default) =>
        _database.ReadAsync(c => c.CreateCommand("SELECT security_stamp FROM users WHERE login = @l AND active = 1", ("@l", Normalize(login)))
            .SingleOrDefaultAsync(r => r.Text(0), cancellation), cancellation);

    public Task RenewSecurityStampAsync(string login, CancellationToken cancellation = default) =>
        _database.WriteAsync(async scope =>
        {
            await scope.Command("UPDATE users SET security_stamp = @s WHERE login = @l", ("@s", NewStamp()), ("@l", Normalize(login))).ExecuteAsync(cancellation);
            await scope.CommitAsync(cancellation);
            return true;
        }, cancellation);

    /// <summary>Every change of a user also renews the stamp, so the user's open sessions end with it.</summary>
    private Task<AdminResult> UpdateAsync(string login, string assignment, object value, string actor, string action, string details, CancellationToken cancellation) =>
        _database.WriteAsync(async scope =>
        {
            var normalized = Normalize(login);
            if (await scope.Command($"UPDATE users SET {assignment}, security_stamp = @s WHERE login = @l",
                    ("@v", value), ("@s", NewStamp()), ("@l", normalized)).ExecuteAsync(cancellation) == 0)
            {
                return AdminResult.Failure(AdminErrors.NotFound("użytkownik", "user"));
            }

            await AuditWriter.AppendAsync(scope, _clock, actor, action, "user", normalized, details, cancellation);
            await scope.CommitAsync(cancellation);
            return AdminResult.Ok;
        }, cancellation);

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static string Normalize(string? login) => (login ?? string.Empty).Trim().ToLowerInvariant();

    private static StaffUser Read(DbDataReader r) => new(r.Int(0), r.Text(1), r.Text(2),
        r.Text(3).Split(',', StringSplitOptions.RemoveEmptyEntries), r.Flag(4), DateTimeOffset.FromUnixTimeMilliseconds(r.Long(5)));

    private static AdminError? LoginError(string login) => LoginPattern().IsMatch(login)
        ? null
        : AdminErrors.Invalid("login", "Login: 3–64 znaki, małe litery, cyfry, kropka, łącznik, podkreślnik.",
            "Login: 3–64 characters of lower-case letters, digits, '.', '-', '_'.");

    private static AdminError? PasswordError(string? password) => password is null || password.Length < MinPasswordLength || password.Length > 200
        ? AdminErrors.Invalid("password", $"Hasło musi mieć co najmniej {MinPasswordLength} znaków.", $"The password needs at least {MinPasswordLength} characters.")
        : null;

    private static AdminError? RolesError(IReadOnlyList<string>? roles) => roles is null || roles.Count == 0 || !roles.All(BookingRoles.IsKnown)
        ? AdminErrors.Invalid("roles", "Wybierz rolę: administrator, agent lub technician.", "Choose roles among administrator, agent, technician.")
        : null;

    [GeneratedRegex("^[a-z0-9._-]{3,64}$")]
    private static partial Regex LoginPattern();
}
