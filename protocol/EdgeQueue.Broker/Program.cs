using System.CommandLine;
using EdgeQueue.Broker;

// The broker handles SIGINT/SIGTERM itself (StopSignal) so a requested stop ends with exit code 0.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await BrokerCommandLine.Build(Console.Out, Console.Error).Parse(args).InvokeAsync(invocation);
