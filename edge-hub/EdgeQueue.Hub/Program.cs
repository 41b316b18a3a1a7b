using EdgeQueue.Hosting;
using EdgeQueue.Hub.Hosting;

// The real clock, or the simulator's scaled day clock when EDGEQUEUE_CLOCK is set (./edgequeue demo,
// sim day); socket timeouts always run on the real one.
var real = TimeProvider.System;
return await HubCommandLine.RunAsync(args, Console.Out, Console.Error, HostClock.FromEnvironment(real), real);
