using EdgeQueue.Hub.Hosting;

return await HubCommandLine.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
