using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Core.CounterDisplay
{
    /// <summary>A whole counter display: no buttons, eight LED digits (a MAX7219 module on the board).</summary>
    public sealed class CounterDisplayDevice : FirmwareDevice
    {
        public CounterDisplayDevice(
            DeviceSettings settings,
            IClock clock,
            IRandom random,
            IWifi wifi,
            IMqttLink link,
            ISystemMonitor monitor,
            IBoardDisplay display)
            : base(settings, clock, random, wifi, link, monitor)
        {
            Logic = new CounterDisplayLogic(Runtime, display);
            Attach(Logic, Logic, 0);
        }

        public CounterDisplayLogic Logic { get; }
    }
}
