using System.CommandLine;
using EdgeQueue.Simulator.Console;

// The simulator handles SIGINT/SIGTERM itself (StopSignal): the hall is taken down in order and the run's verdict is the exit code.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await SimulatorCommandLine.RunAsync(args, Console.Out, Console.Error, invocation);
