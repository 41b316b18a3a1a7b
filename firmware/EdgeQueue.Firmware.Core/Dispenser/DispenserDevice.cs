using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Core.Dispenser
{
    /// <summary>A whole ticket dispenser: one category button per lamp in <c>buttonLeds</c>, and a status LED.</summary>
    public sealed class DispenserDevice : FirmwareDevice
    {
        public DispenserDevice(
            DeviceSettings settings,
            IClock clock,
            IRandom random,
            IWifi wifi,
            IMqttLink link,
            ISystemMonitor monitor,
            ILed[] buttonLeds,
            IStatusLed statusLed)
            : base(settings, clock, random, wifi, link, monitor)
        {
            Logic = new DispenserLogic(settings, Runtime, buttonLeds, statusLed);
            Attach(Logic, Logic, buttonLeds.Length);
        }

        public DispenserLogic Logic { get; }
    }
}
