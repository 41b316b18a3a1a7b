using System.Device.Gpio;
using EdgeQueue.Firmware.Board;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Dispenser;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Dispenser
{
    /// <summary>The ticket dispenser's firmware: wires the ESP32's pins and radio to the portable core and runs its loop.</summary>
    public static class Program
    {
        public static void Main()
        {
            var gpio = new GpioController();
            var status = new RgbStatusLed(gpio, DispenserPins.StatusRed, DispenserPins.StatusGreen, DispenserPins.StatusBlue);
            var store = new FlashSettingsStore();
            var settings = BoardSettings.LoadOrWait(store, DeviceRoles.Dispenser, status, null);

            var lamps = new ILed[DispenserPins.ButtonLamps.Length];
            for (var i = 0; i < lamps.Length; i++)
            {
                lamps[i] = new GpioLed(gpio, DispenserPins.ButtonLamps[i]);
            }

            var buttons = new GpioButtons(gpio, DispenserPins.Buttons);
            var device = new DispenserDevice(
                settings,
                new EspClock(),
                new EspRandom(store.NextBootCount()),
                new WifiStation(new EspWifiRadio()),
                new M2MqttLink(),
                new EspSystemMonitor(),
                lamps,
                status);

            DeviceLoop.Run(buttons, device);
        }
    }
}
