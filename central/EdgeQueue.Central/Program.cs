using EdgeQueue.Central.Hosting;

// Composition root: the only place that reads the wall clock (TimeProvider.System, registered in
// CentralCommandLine before the booking core looks for one).
return await CentralCommandLine.RunAsync(args, TimeProvider.System, Console.Out, Console.Error, Console.In);

/// <summary>Entry point of the central web host; public so test servers can name the assembly.</summary>
public partial class Program;
