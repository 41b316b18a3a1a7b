namespace EdgeQueue.Hardware.Gpio;

/// <summary>Edges of an input line, in the order the kernel saw them.</summary>
public interface IGpioEdgeSource
{
    IAsyncEnumerable<GpioLineEvent> ReadEdgesAsync(CancellationToken cancellationToken);
}
