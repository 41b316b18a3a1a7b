using System.Globalization;
using EdgeQueue.Hosting;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// The real central (<c>EdgeQueue.Central.dll</c>, copied beside the simulator) as a child process
/// on the hall's simulated clock, so its "today" is the simulated day: booking pages, call-centre and
/// administration, statistics and the fleet, fed by sync over the city broker. Its output goes to
/// <c>central.log</c> in the data folder, its data (SQLite, keys, e-mails) to <c>central/</c> there.
/// </summary>
internal static class CentralProcess
{
    public static string BesideTheSimulator => Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Central.dll");

    public static ChildService Create(string dataFolder, int httpPort, ScaledTimeProvider clock, CityBroker broker, HallCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(credentials);
        var c = CultureInfo.InvariantCulture;
        var address = new Uri(string.Create(c, $"http://127.0.0.1:{httpPort}/"));

        // Central's polling and resending run on the simulated clock; these keep them about once a
        // second and every ten seconds of real time, as at 1× (their defaults are simulated spans).
        var second = TimeSpan.FromSeconds(clock.Speed);
        var options = new ServiceProcessOptions
        {
            Name = "central",
            Program = BesideTheSimulator,
            Arguments =
            [
                "--data", Path.Combine(dataFolder, "central"),
                "--urls", address.AbsoluteUri.TrimEnd('/'),
                $"--Central:PublicBaseUrl={address.AbsoluteUri.TrimEnd('/')}",
                // A development key generated into the data folder (the log says so), as ./edgequeue central does.
                "--Central:Booking:GeneratePeselKey=true",
                $"--Central:Booking:InitialAdminPassword={credentials.AdministratorPassword}",
                // The simulator sets up the hall's own matters and location (DemoCatalogue) instead of Poznań's.
                "--Central:Booking:SeedCatalogue=false",
                // The day's clock starts shortly before the hall opens, when the residents book:
                // slots are bookable until they start.
                "--Central:Booking:LeadTimeMinutes=0",
                // Every simulated resident books from 127.0.0.1, which the per-address limit would stop at 10 a minute.
                "--Central:Booking:BookingPermitsPerMinute=10000",
                $"--Central:Sync:BrokerUrl={broker.Url}",
                $"--Central:Sync:Username={credentials.CentralUser}",
                $"--Central:Sync:Password={credentials.CentralPassword}",
                string.Create(c, $"--Central:Sync:BookingPollInterval={second:c}"),
                string.Create(c, $"--Central:Sync:ResendAfter={10 * second:c}"),
            ],
            Environment = ChildService.OnClock(clock),
            ReadyUrl = address,
        };
        return new ChildService(options, address, Path.Combine(dataFolder, "central.log"));
    }
}
