using System.Reflection;
using EdgeQueue.Benchmarks;
using EdgeQueue.Benchmarks.Mqtt.Brokers;
using EdgeQueue.Benchmarks.Storage;

// Hidden verb: a broker peer run as a child process by `bench brokers` (not a benchmark itself).
if (args is [MqttnetServerHost.Verb, ..])
{
    return await MqttnetServerHost.RunAsync(BenchArguments.Parse(args[1..]));
}

// Hidden verb: the store process that `bench store-durability` runs under strace and kills.
if (args is [StoreDurabilityChild.Verb, ..])
{
    return StoreDurabilityChild.Run(BenchArguments.Parse(args[1..]));
}

var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
{
    Console.WriteLine("usage: ./edgequeue bench NAME [--quick] [--seconds N] [options]");
    Console.WriteLine();
    foreach (var b in benchmarks)
    {
        Console.WriteLine($"  {b.Name,-10} {b.Description}");
    }

    return args.Length == 0 ? 2 : 0;
}

var chosen = benchmarks.FirstOrDefault(b => string.Equals(b.Name, args[0], StringComparison.OrdinalIgnoreCase));
if (chosen is null)
{
    Console.Error.WriteLine($"bench: no benchmark named '{args[0]}' (known: {string.Join(", ", benchmarks.Select(b => b.Name))})");
    return 2;
}

BenchArguments arguments;
try
{
    arguments = BenchArguments.Parse(args[1..]);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"bench {chosen.Name}: {e.Message}");
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await chosen.RunAsync(arguments, Console.Out, stop.Token);
