using EdgeQueue.Firmware.Core.Buttons;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Keypad;
using EdgeQueue.Firmware.Core.Lights;

namespace EdgeQueue.Firmware.Core.CounterDisplay
{
    /// <summary>
    /// The LED digits above one counter (the <c>board</c> role). It only listens:
    /// <list type="bullet">
    /// <item>the hub's retained <c>show</c> says which ticket this counter serves (<c>"----"</c> or no
    /// text: nobody, the counter is idle or closed, and the display goes dark);</item>
    /// <item>the retained <c>hall/calls</c> says when a ticket was called or recalled to it: a call is
    /// new when this counter's newest line (ticket and time) differs from the one seen before, which
    /// is also how a recall shows (same ticket, new time, <c>recall:true</c>); either blinks the
    /// display for <see cref="BlinkMs"/>. The first list after boot or after a change of counter
    /// number only sets what is known: it holds old calls, and the same retained list arriving again
    /// after a reconnect changes nothing.</item>
    /// </list>
    /// It sends no events; its buttons are none.
    /// </summary>
    public sealed class CounterDisplayLogic : IDeviceApp, IButtonListener
    {
        /// <summary>How long the display blinks after a call or recall to its counter.</summary>
        public const int BlinkMs = 5000;

        private readonly DeviceRuntime _runtime;
        private readonly IBoardDisplay _display;
        private bool _online;
        private HallCallsMessage _lastCalls;
        private bool _callKnown;
        private string _callTicket;
        private string _callAt;
        private long _blinkUntil = long.MinValue;
        private int _brightnessSet = -1;
        private string _shown;

        public CounterDisplayLogic(DeviceRuntime runtime, IBoardDisplay display)
        {
            _runtime = runtime;
            _display = display;
            Counter = JsonFields.Absent;
            DisplayText = CounterDisplayTexts.Offline;
            DisplayPattern = LightPattern.On;
        }

        public string Role
        {
            get { return DeviceRoles.Board; }
        }

        public string Paper
        {
            get { return null; }
        }

        public CounterDisplayMode Mode
        {
            get
            {
                if (!_online)
                {
                    return CounterDisplayMode.Offline;
                }

                if (Counter < 0)
                {
                    return CounterDisplayMode.Unconfigured;
                }

                return CurrentTicket == null ? CounterDisplayMode.Dark : CounterDisplayMode.Serving;
            }
        }

        /// <summary>The counter number from the config, or -1.</summary>
        public int Counter { get; private set; }

        /// <summary>Brightness in percent from the config, or -1 before one gives it.</summary>
        public int Brightness
        {
            get { return _brightnessSet; }
        }

        /// <summary>The ticket being served at this counter, or null (nobody: dark).</summary>
        public string CurrentTicket { get; private set; }

        /// <summary>The newest hall call to this counter seen, or null.</summary>
        public HallCall LastCall { get; private set; }

        /// <summary>Calls to this counter that made the display blink (recalls included).</summary>
        public int Calls { get; private set; }

        /// <summary>Of <see cref="Calls"/>, the recalls.</summary>
        public int Recalls { get; private set; }

        /// <summary>What the display shows when lit; null while dark.</summary>
        public string DisplayText { get; private set; }

        /// <summary>On, BlinkFast (after a call), or Off (dark).</summary>
        public LightPattern DisplayPattern { get; private set; }

        public void OnGesture(int button, ButtonGesture gesture, long atMs)
        {
            // The board has no buttons.
        }

        public void OnConnectionChanged(bool online, long nowMs)
        {
            _online = online;
        }

        public void OnReply(OutboxEntry entry, DeviceReplyMessage reply, long nowMs)
        {
            // Never sends, so never waits for a reply.
        }

        public void OnEventFailed(OutboxEntry entry, long nowMs)
        {
        }

        public void OnConfig(DeviceConfigMessage config, long nowMs)
        {
            if (config.Counter != Counter)
            {
                Counter = config.Counter;
                _callKnown = false;
                _blinkUntil = long.MinValue;
                if (_lastCalls != null)
                {
                    Follow(_lastCalls, nowMs);
                }
            }

            if (config.Brightness >= 0 && config.Brightness != _brightnessSet)
            {
                _display.SetBrightness(config.Brightness);
                _brightnessSet = config.Brightness;
            }
        }

        public void OnShow(DeviceShowMessage show, long nowMs)
        {
            // The hub's retained show is the truth about the counter; "----" or no text means nobody.
            CurrentTicket = show.Text == null || show.Text == KeypadTexts.NoTicket ? null : show.Text;
        }

        public void OnHallCalls(HallCallsMessage calls, long nowMs)
        {
            _lastCalls = calls;
            if (Counter >= 0)
            {
                Follow(calls, nowMs);
            }
        }

        public void Tick(long nowMs)
        {
            var mode = Mode;
            DisplayText = Compose(mode);
            if (DisplayText == null)
            {
                DisplayPattern = LightPattern.Off;
            }
            else
            {
                DisplayPattern = mode == CounterDisplayMode.Serving && nowMs < _blinkUntil ? LightPattern.BlinkFast : LightPattern.On;
            }

            var shown = Blink.IsLit(DisplayPattern, nowMs) ? DisplayText : null;
            if (shown == _shown)
            {
                return;
            }

            if (shown == null)
            {
                _display.Darken();
            }
            else
            {
                _display.Show(shown);
            }

            _shown = shown;
        }

        private string Compose(CounterDisplayMode mode)
        {
            switch (mode)
            {
                case CounterDisplayMode.Offline:
                    return _runtime.HubOnline ? CounterDisplayTexts.Offline : CounterDisplayTexts.HubOffline;
                case CounterDisplayMode.Unconfigured:
                    return CounterDisplayTexts.Unconfigured;
                case CounterDisplayMode.Serving:
                    return CounterDisplayTexts.Serving(CurrentTicket, Counter);
                default:
                    return null;
            }
        }

        /// <summary>Blinks when this counter's newest call is not the one seen before.</summary>
        private void Follow(HallCallsMessage calls, long nowMs)
        {
            var call = calls.LatestFor(Counter);
            if (call == null)
            {
                // The hub's list is short; an old call that dropped off it changes nothing here.
                _callKnown = true;
                return;
            }

            var isNew = _callKnown && (call.Ticket != _callTicket || call.At != _callAt);
            _callKnown = true;
            _callTicket = call.Ticket;
            _callAt = call.At;
            LastCall = call;
            if (!isNew)
            {
                return;
            }

            Calls++;
            if (call.Recall)
            {
                Recalls++;
            }

            // The show that names the ticket follows the call; show it from the call already.
            CurrentTicket = call.Ticket;
            _blinkUntil = nowMs + BlinkMs;
        }
    }
}
