using System.CommandLine;
using EdgeQueue.Simulator.Console;

// The simulator handles SIGINT/SIGTERM itself (StopSignal): the hall is taken down in order and the run's verdict is the exit code.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await SimulatorCommandLine.Build(Console.Out, Console.Error).Parse(args).InvokeAsync(invocation);
