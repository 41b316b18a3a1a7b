using EdgeQueue.Hosting;
using EdgeQueue.Hub.Hosting;

// The real clock, or the simulator's scaled day clock when EDGEQUEUE_CLOCK is set (./edgequeue demo,
// sim day); socket timeouts always run on the real one.
var real = TimeProvider.System;
if (!HostClock.TryFrom(Environment.GetEnvironmentVariable(HostClock.EnvironmentVariable), real, out var clock, out var problem))
{
    await Console.Error.WriteLineAsync($"edgequeue hub: error: {problem}");
    return 2;
}

return await HubCommandLine.RunAsync(args, Console.Out, Console.Error, clock, real);
