using System.Device.Gpio;
using EdgeQueue.Firmware.Board;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Display;
using EdgeQueue.Firmware.Core.Keypad;

namespace EdgeQueue.Firmware.Keypad
{
    /// <summary>The counter keypad's firmware: wires the ESP32's pins, display and radio to the portable core and runs its loop.</summary>
    public static class Program
    {
        public static void Main()
        {
            var gpio = new GpioController();
            var display = new Tm1637Display(new GpioTm1637Bus(gpio, KeypadPins.DisplayClock, KeypadPins.DisplayData));
            display.SetBrightness(60);
            display.Show("----");

            var store = new FlashSettingsStore();
            var settings = BoardSettings.LoadOrWait(store, DeviceRoles.Keypad, null, display);

            var buttons = new GpioButtons(gpio, KeypadPins.Buttons);
            var device = new KeypadDevice(
                settings,
                new EspClock(),
                new EspRandom(store.NextBootCount()),
                new WifiStation(new EspWifiRadio()),
                new M2MqttLink(),
                new EspSystemMonitor(),
                display);

            DeviceLoop.Run(buttons, device);
        }
    }
}
