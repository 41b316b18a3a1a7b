using EdgeQueue.Firmware.Core.Buttons;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Core.Connectivity
{
    /// <summary>
    /// A whole device, wired from its parts: the board app (or a simulator) gives it the hardware,
    /// feeds it pin edges with <see cref="ButtonEdge"/> and calls <see cref="Tick"/> from its loop;
    /// the device logic (<see cref="IDeviceApp"/>) and the runtime do the rest.
    /// </summary>
    public abstract class FirmwareDevice
    {
        private readonly IClock _clock;

        protected FirmwareDevice(DeviceSettings settings, IClock clock, IRandom random, IWifi wifi, IMqttLink link, ISystemMonitor monitor)
        {
            _clock = clock;
            Settings = settings;
            Runtime = new DeviceRuntime(settings, clock, random, wifi, link, monitor);
        }

        public DeviceSettings Settings { get; }

        public DeviceRuntime Runtime { get; }

        /// <summary>The device's buttons, numbered from 0.</summary>
        public ButtonPanel Buttons { get; private set; }

        /// <summary>A pin edge of button <paramref name="button"/> (from 0): pressed or released, and when (device clock, ms).</summary>
        public void ButtonEdge(int button, bool pressed, long atMs)
        {
            Buttons.Edge(button, pressed, atMs);
        }

        /// <summary>One turn of the device loop (every 10 ms or so): button timers, connection, hub messages, outputs.</summary>
        public void Tick()
        {
            Buttons.Tick(_clock.NowMs);
            Runtime.Tick();
        }

        /// <summary>Connects the device logic to the runtime and to <paramref name="buttonCount"/> buttons.</summary>
        protected void Attach(IDeviceApp app, IButtonListener listener, int buttonCount)
        {
            Runtime.Attach(app);
            Buttons = new ButtonPanel(buttonCount, Settings.DebounceMs, Settings.LongPressMs, listener);
        }
    }
}
