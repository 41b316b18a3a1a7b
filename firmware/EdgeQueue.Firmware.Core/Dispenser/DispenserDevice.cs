using EdgeQueue.Firmware.Core.Buttons;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Core.Dispenser
{
    /// <summary>
    /// A whole ticket dispenser, wired from its parts: the board app (or a simulator) gives it the
    /// hardware, feeds it pin edges with <see cref="ButtonEdge"/> and calls <see cref="Tick"/> from
    /// its loop; everything else is here.
    /// </summary>
    public sealed class DispenserDevice
    {
        private readonly IClock _clock;

        public DispenserDevice(
            DeviceSettings settings,
            IClock clock,
            IRandom random,
            IWifi wifi,
            IMqttLink link,
            ISystemMonitor monitor,
            ILed[] buttonLeds,
            IStatusLed statusLed)
        {
            _clock = clock;
            Runtime = new DeviceRuntime(settings, clock, random, wifi, link, monitor);
            Logic = new DispenserLogic(settings, Runtime, buttonLeds, statusLed);
            Runtime.Attach(Logic);
            Buttons = new ButtonPanel(buttonLeds.Length, settings.DebounceMs, settings.LongPressMs, Logic);
        }

        public DeviceRuntime Runtime { get; }

        public DispenserLogic Logic { get; }

        public ButtonPanel Buttons { get; }

        /// <summary>A pin edge of category button <paramref name="button"/> (from 0): pressed or released, when.</summary>
        public void ButtonEdge(int button, bool pressed, long atMs)
        {
            Buttons.Edge(button, pressed, atMs);
        }

        /// <summary>One turn of the device loop: connection, hub messages, button timers, LEDs.</summary>
        public void Tick()
        {
            Buttons.Tick(_clock.NowMs);
            Runtime.Tick();
        }
    }
}
