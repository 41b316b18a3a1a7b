using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Testing;

/// <summary>
/// Collects every log line (level, category, message, exception text) into a queue. Also a logger
/// factory of its own, for code that takes an <see cref="ILoggerFactory"/> directly.
/// </summary>
public sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider, ILoggerFactory
{
    public CapturingLoggerProvider()
        : this(new ConcurrentQueue<string>())
    {
    }

    public IReadOnlyList<string> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, lines);

    public void AddProvider(ILoggerProvider provider) =>
        throw new NotSupportedException("a capturing logger factory has exactly one provider: itself");

    public void Dispose()
    {
    }

    private sealed class Capturing(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
