using EdgeQueue.Hosting;
using EdgeQueue.Central.Hosting;

// Composition root: the only place that reads the wall clock (TimeProvider.System, registered in
// CentralCommandLine before the booking core looks for one), or the simulator's scaled day clock
// when EDGEQUEUE_CLOCK is set (./edgequeue demo runs central and the hub in the same simulated day);
// the sync link waits for the broker on the real clock either way.
var real = TimeProvider.System;
if (!HostClock.TryFrom(Environment.GetEnvironmentVariable(HostClock.EnvironmentVariable), real, out var clock, out var problem))
{
    await Console.Error.WriteLineAsync($"edgequeue central: error: {problem}");
    return CentralCommandLine.ConfigurationError;
}

return await CentralCommandLine.RunAsync(args, clock, Console.Out, Console.Error, Console.In, networkClock: real);

/// <summary>Entry point of the central web host; public so test servers can name the assembly.</summary>
public partial class Program;
