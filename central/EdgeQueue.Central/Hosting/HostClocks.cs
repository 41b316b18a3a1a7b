namespace EdgeQueue.Central.Hosting;

/// <summary>
/// The two clocks of a central process: <see cref="Day"/> for what happens in the city's day
/// (bookings, statistics, acknowledgement stamps) and <see cref="Network"/> for waiting on peers
/// (MQTT timeouts, back-off, polls). They differ only when the demo runs a simulated day.
/// </summary>
internal sealed record HostClocks(TimeProvider Day, TimeProvider Network);
