// Crash test child: `EdgeQueue.Queue.CrashChild DB RUN_ID WORKERS`. Prints "READY", then one line
// per acknowledged command, written only after SiteQueue has returned (so after the commit):
//   ACK <requestId> issue <ticketId> <number>
//   ACK <requestId> call <ticketId> <counter>
// and runs until killed. The parent kills it with SIGKILL and checks the store against these lines.
using System.Globalization;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.Storage;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: EdgeQueue.Queue.CrashChild DB RUN_ID WORKERS");
    return 2;
}

var path = args[0];
var runId = args[1];
var workers = int.Parse(args[2], CultureInfo.InvariantCulture);
var configuration = new SiteConfiguration
{
    Categories = [.. "ABC".Select(p => new CategoryDefinition { Prefix = p.ToString(), Name = "Sprawy " + p, Hours = CategoryDefinition.AllDay() })],
    Counters = [.. Enumerable.Range(1, workers).Select(n => new CounterDefinition { Number = n, Categories = ["A", "B", "C"] })],
};

using var queue = SiteQueue.Open(path, configuration, TimeProvider.System, new SiteQueueOptions { SnapshotInterval = 200 });
for (var counter = 1; counter <= workers; counter++)
{
    queue.Execute(new OpenCounter(counter), $"open-{counter}");
}

var output = Console.Out;
var gate = new Lock();
void Print(string line)
{
    lock (gate)
    {
        output.WriteLine(line);
        output.Flush();
    }
}

Print("READY");
var threads = Enumerable.Range(1, workers).Select(worker => new Thread(() =>
{
    var random = new Random(HashCode.Combine(runId, worker));
    for (var i = 0; ; i++)
    {
        var requestId = $"{runId}.{worker}.{i}";
        if (random.Next(10) < 7)
        {
            var category = "ABC"[random.Next(3)].ToString();
            var result = queue.Execute(new IssueTicket(category), requestId);
            if (result.Accepted)
            {
                Print($"ACK {requestId} issue {result.Ticket!.Id} {result.Ticket.Number}");
            }
        }
        else
        {
            var result = queue.Execute(new CallNext(worker), requestId);
            if (result is { Accepted: true, NowServing: { } called })
            {
                Print($"ACK {requestId} call {called.Id} {worker}");
            }
        }
    }
}) { IsBackground = true }).ToList();
threads.ForEach(t => t.Start());
threads.ForEach(t => t.Join());
return 0;
