using EdgeQueue.Broker;

return await BrokerCommandLine.Build(Console.Out, Console.Error).Parse(args).InvokeAsync();
