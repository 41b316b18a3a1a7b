using System.Threading.Channels;

namespace EdgeQueue.Hub.Gateway;

/// <summary>
/// The events of one device, handled one at a time in arrival order, while other devices go on in
/// parallel: a dispenser waiting on a slow network printer never delays a keypad's Next.
/// </summary>
internal sealed class DeviceInbox
{
    private readonly Channel<ReadOnlyMemory<byte>> _events =
        Channel.CreateUnbounded<ReadOnlyMemory<byte>>(new UnboundedChannelOptions { SingleReader = true });

    public DeviceInbox(Func<ReadOnlyMemory<byte>, CancellationToken, Task> handle, CancellationToken stopping)
    {
        Completion = Task.Run(async () =>
        {
            await foreach (var payload in _events.Reader.ReadAllAsync(stopping))
            {
                await handle(payload, stopping);
            }
        }, CancellationToken.None);
    }

    public Task Completion { get; }

    public void Post(ReadOnlyMemory<byte> payload) => _events.Writer.TryWrite(payload);

    public void Complete() => _events.Writer.TryComplete();
}
