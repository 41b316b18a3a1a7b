using System.Security.Cryptography;
using EdgeQueue.Central.Booking.Privacy;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Users;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.Booking;

/// <summary>
/// Before the host serves anything: checks the PESEL key (refusing to start without one in
/// production), migrates the schema, seeds a fresh install and creates the first administrator.
/// </summary>
internal sealed class BookingStartup : IHostedService
{
    public const string InitialAdminLogin = "admin";
    public const string InitialAdminPasswordFile = "initial-admin-password.txt";
    private readonly BookingDatabase _database;
    private readonly IUserDirectory _users;
    private readonly BookingOptions _options;
    private readonly ILogger<BookingStartup> _logger;

    /// <param name="hasher">Asked for only so that a missing PESEL key stops the host before it serves anything.</param>
    public BookingStartup(BookingDatabase database, IUserDirectory users, PeselHasher hasher, BookingOptions options, ILogger<BookingStartup> logger)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        _database = database;
        _users = users;
        _options = options;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _database.EnsureReadyAsync(cancellationToken);
        _logger.LogInformation("Booking store ready ({Database})", _database.Dialect.Name);
        if ((await _users.ListAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        var password = _options.InitialAdminPassword;
        string? file = null;
        if (string.IsNullOrEmpty(password))
        {
            password = RandomNumberGenerator.GetString(Privacy.ConfirmationCode.Alphabet + "abcdefghjkmnpqrstuvwxyz", 20);
            var folder = Path.GetFullPath(_options.DataFolder);
            OwnerOnlyFiles.CreateFolder(folder);
            file = Path.Combine(folder, InitialAdminPasswordFile);
            // Plain ASCII, no byte-order mark: `cat` and a paste into the log-in form give the password itself.
            await using var writer = new StreamWriter(file, System.Text.Encoding.ASCII, OwnerOnlyFiles.ForWriting(FileMode.Create));
            await writer.WriteAsync(password + "\n");
        }

        var created = await _users.CreateAsync(InitialAdminLogin, "Administrator", password, [BookingRoles.Administrator], "system", cancellationToken);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the first administrator: {created.Error!.MessageEn}");
        }

        _logger.LogWarning("Created the first administrator '{Login}'; its password is {Where}. Change it after the first login.",
            InitialAdminLogin, file is null ? "the configured InitialAdminPassword" : $"in {file}");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
