using EdgeQueue.Firmware.Core.Buttons;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Core.Keypad
{
    /// <summary>
    /// A whole counter keypad, wired from its parts: the board app (or a simulator) gives it the
    /// hardware, feeds it pin edges with <see cref="ButtonEdge"/> (buttons numbered as in
    /// <see cref="KeypadButtons"/>) and calls <see cref="Tick"/> from its loop.
    /// </summary>
    public sealed class KeypadDevice
    {
        private readonly IClock _clock;

        public KeypadDevice(
            DeviceSettings settings,
            IClock clock,
            IRandom random,
            IWifi wifi,
            IMqttLink link,
            ISystemMonitor monitor,
            ISegmentDisplay display)
        {
            _clock = clock;
            Runtime = new DeviceRuntime(settings, clock, random, wifi, link, monitor);
            Logic = new KeypadLogic(settings, Runtime, display);
            Runtime.Attach(Logic);
            Buttons = new ButtonPanel(KeypadButtons.Count, settings.DebounceMs, settings.LongPressMs, Logic);
        }

        public DeviceRuntime Runtime { get; }

        public KeypadLogic Logic { get; }

        public ButtonPanel Buttons { get; }

        public void ButtonEdge(int button, bool pressed, long atMs)
        {
            Buttons.Edge(button, pressed, atMs);
        }

        public void Tick()
        {
            Buttons.Tick(_clock.NowMs);
            Runtime.Tick();
        }
    }
}
