using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Core.Keypad
{
    /// <summary>A whole counter keypad: the five buttons of <see cref="KeypadButtons"/> and a 4-digit display.</summary>
    public sealed class KeypadDevice : FirmwareDevice
    {
        public KeypadDevice(
            DeviceSettings settings,
            IClock clock,
            IRandom random,
            IWifi wifi,
            IMqttLink link,
            ISystemMonitor monitor,
            ISegmentDisplay display)
            : base(settings, clock, random, wifi, link, monitor)
        {
            Logic = new KeypadLogic(settings, Runtime, display);
            Attach(Logic, Logic, KeypadButtons.Count);
        }

        public KeypadLogic Logic { get; }
    }
}
