using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace EdgeQueue.Sync.Tests.Support;

/// <summary>Routes hub and central logs to the test's output, prefixed by who wrote them.</summary>
internal sealed class TestLog(ITestOutputHelper output, string who) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(output, $"{who}/{categoryName}");

    public void Dispose()
    {
    }

    private sealed class Logger(ITestOutputHelper output, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && !category.Contains("/Microsoft", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            try
            {
                output.WriteLine($"[{logLevel}] {category}: {formatter(state, exception)}{(exception is null ? string.Empty : " " + exception)}");
            }
            catch (InvalidOperationException)
            {
                // The test has finished; its output is closed.
            }
        }
    }
}
