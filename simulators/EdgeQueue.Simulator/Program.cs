using System.CommandLine;
using EdgeQueue.Simulator.Console;

// `dotnet run ... --nologo -- ARGS` (the ./edgequeue script) hands "--nologo" on to the program with
// this SDK; it is the SDK's, never ours, so it is dropped here.
var own = args.Where(a => a != "--nologo").ToArray();

// The simulator handles SIGINT/SIGTERM itself (StopSignal): the hall is taken down in order and the run's verdict is the exit code.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await SimulatorCommandLine.Build(Console.Out, Console.Error).Parse(own).InvokeAsync(invocation);
