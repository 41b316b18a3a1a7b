using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>Routes the hub's log to the test's output, so a failing scenario shows what the hub saw.</summary>
internal sealed class TestOutputLoggerProvider(ITestOutputHelper output) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(output, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ITestOutputHelper output, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            try
            {
                output.WriteLine($"[{logLevel}] {category}: {formatter(state, exception)}{(exception is null ? string.Empty : " " + exception)}");
            }
            catch (InvalidOperationException)
            {
                // The test has already finished; its output is closed.
            }
        }
    }
}
