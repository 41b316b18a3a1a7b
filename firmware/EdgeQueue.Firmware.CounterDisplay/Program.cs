using System.Device.Gpio;
using EdgeQueue.Firmware.Board;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.CounterDisplay;
using EdgeQueue.Firmware.Core.Display;

namespace EdgeQueue.Firmware.CounterDisplay
{
    /// <summary>The counter display's firmware: wires the ESP32's pins, the MAX7219 module and the radio to the portable core and runs its loop.</summary>
    public static class Program
    {
        public static void Main()
        {
            var gpio = new GpioController();
            var pins = new GpioMax7219Pins(gpio, CounterDisplayPins.Data, CounterDisplayPins.Clock, CounterDisplayPins.Load);
            var display = new Max7219Display(new Max7219BitBangBus(pins));
            display.Show("--------");

            var store = new FlashSettingsStore();
            var settings = BoardSettings.LoadOrWait(store, DeviceRoles.Board, null, display);

            var device = new CounterDisplayDevice(
                settings,
                new EspClock(),
                new EspRandom(store.NextBootCount()),
                new WifiStation(new EspWifiRadio()),
                new M2MqttLink(),
                new EspSystemMonitor(),
                display);

            // No buttons: the loop still wants a panel to drain.
            DeviceLoop.Run(new GpioButtons(gpio, new int[0]), device);
        }
    }
}
