using EdgeQueue.Firmware.Core.Contract;

namespace EdgeQueue.Firmware.Core.Connectivity
{
    /// <summary>The device-specific logic (dispenser, keypad or counter display) that a <see cref="DeviceRuntime"/> drives.</summary>
    public interface IDeviceApp
    {
        /// <summary>"disp", "keypad" or "board": a config for another role is refused.</summary>
        string Role { get; }

        /// <summary>The paper state for the retained state message, or null (keypads).</summary>
        string Paper { get; }

        void OnConnectionChanged(bool online, long nowMs);

        void OnReply(OutboxEntry entry, DeviceReplyMessage reply, long nowMs);

        /// <summary>The event expired without a reply.</summary>
        void OnEventFailed(OutboxEntry entry, long nowMs);

        void OnConfig(DeviceConfigMessage config, long nowMs);

        void OnShow(DeviceShowMessage show, long nowMs);

        void OnHallCalls(HallCallsMessage calls, long nowMs);

        /// <summary>Called once per loop after messages are handled: timers, LEDs, display.</summary>
        void Tick(long nowMs);
    }
}
