using EdgeQueue.Firmware.Core.Buttons;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Lights;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Core.Keypad
{
    /// <summary>
    /// The counter keypad: five buttons and a 4-digit display.
    /// <list type="bullet">
    /// <item>Next, Recall, No-show, Done send <c>counter.*</c>; the display blinks until the hub answers,
    /// then shows the ticket being served (from the reply, then from the hub's retained <c>show</c>).</item>
    /// <item>Transfer: the display shows "t- A"; Transfer (forward) and Recall (back) cycle through the
    /// configured categories, Done sends <c>counter.transfer</c> to the one shown, No-show cancels,
    /// as does 10 s without a press.</item>
    /// <item>Double presses: one event at a time, and after an accepted action further actions are
    /// ignored for <see cref="DeviceSettings.GuardMs"/>, so a nervous double tap on Next never skips a
    /// resident.</item>
    /// <item>Long press Done: "St05" (the counter number), reconnect now, republish state.
    /// Long press Next: "C 12" (people waiting).</item>
    /// </list>
    /// </summary>
    public sealed class KeypadLogic : IDeviceApp, IButtonListener
    {
        /// <summary>Choosing a transfer target is abandoned after this long without a press.</summary>
        public const int ChooseTimeoutMs = 10000;

        private readonly DeviceSettings _settings;
        private readonly DeviceRuntime _runtime;
        private readonly ISegmentDisplay _display;
        private OutboxEntry _pending;
        private bool _online;
        private long _guardUntil = long.MinValue;
        private string _message;
        private long _messageUntil = long.MinValue;
        private bool _choosing;
        private int _choice;
        private long _chooseUntil;
        private string _shown;
        private int _brightnessSet = -1;

        public KeypadLogic(DeviceSettings settings, DeviceRuntime runtime, ISegmentDisplay display)
        {
            _settings = settings;
            _runtime = runtime;
            _display = display;
            Counter = JsonFields.Absent;
            Waiting = JsonFields.Absent;
            Categories = new string[0];
            DisplayText = KeypadTexts.Offline;
        }

        public string Role
        {
            get { return DeviceRoles.Keypad; }
        }

        public string Paper
        {
            get { return null; }
        }

        public KeypadMode Mode
        {
            get
            {
                if (!_online)
                {
                    return KeypadMode.Offline;
                }

                if (Counter < 0)
                {
                    return KeypadMode.Unconfigured;
                }

                if (_pending != null)
                {
                    return KeypadMode.Busy;
                }

                return _choosing ? KeypadMode.ChoosingCategory : KeypadMode.Ready;
            }
        }

        /// <summary>The counter number from the config, or -1.</summary>
        public int Counter { get; private set; }

        /// <summary>Categories the clerk may transfer to (from the config).</summary>
        public string[] Categories { get; private set; }

        /// <summary>The ticket being served as the hub last said ("A017"), or null when none is known.</summary>
        public string CurrentTicket { get; private set; }

        /// <summary>People waiting for this counter (from show), or -1.</summary>
        public int Waiting { get; private set; }

        /// <summary>The newest hall call to this counter, or null.</summary>
        public HallCall LastCall { get; private set; }

        /// <summary>What the display should show now (before blinking).</summary>
        public string DisplayText { get; private set; }

        /// <summary>Whether the display is blinking (an event is waiting for its reply).</summary>
        public LightPattern DisplayPattern { get; private set; }

        /// <summary>The category the clerk is choosing, or null.</summary>
        public string ChosenCategory
        {
            get { return _choosing && Categories.Length > 0 ? Categories[_choice] : null; }
        }

        public int Sent { get; private set; }

        public int IgnoredPresses { get; private set; }

        /// <summary>Error code of the last refusal, or null.</summary>
        public string LastError { get; private set; }

        public void OnGesture(int button, ButtonGesture gesture, long atMs)
        {
            if (gesture == ButtonGesture.LongPress)
            {
                OnLongPress(button, atMs);
                return;
            }

            if (Mode == KeypadMode.ChoosingCategory)
            {
                OnChoosing(button, atMs);
                return;
            }

            if (Mode != KeypadMode.Ready || atMs < _guardUntil)
            {
                IgnoredPresses++;
                return;
            }

            switch (button)
            {
                case KeypadButtons.Next:
                    Send(EventKinds.CounterNext, null, atMs);
                    break;
                case KeypadButtons.Recall:
                    Send(EventKinds.CounterRecall, null, atMs);
                    break;
                case KeypadButtons.NoShow:
                    Send(EventKinds.CounterNoShow, null, atMs);
                    break;
                case KeypadButtons.Done:
                    Send(EventKinds.CounterDone, null, atMs);
                    break;
                case KeypadButtons.Transfer:
                    StartChoosing(atMs);
                    break;
                default:
                    IgnoredPresses++;
                    break;
            }
        }

        public void OnConnectionChanged(bool online, long nowMs)
        {
            _online = online;
            if (!online)
            {
                _choosing = false;
            }
        }

        public void OnReply(OutboxEntry entry, DeviceReplyMessage reply, long nowMs)
        {
            if (entry == _pending)
            {
                _pending = null;
            }

            if (!reply.Ok)
            {
                ShowError(reply.Error, nowMs);
                return;
            }

            LastError = null;
            if (reply.Ticket != null)
            {
                CurrentTicket = reply.Ticket;
            }
            else if (entry.Kind == EventKinds.CounterDone || entry.Kind == EventKinds.CounterTransfer)
            {
                CurrentTicket = null;
            }
        }

        public void OnEventFailed(OutboxEntry entry, long nowMs)
        {
            if (entry == _pending)
            {
                _pending = null;
            }

            ShowError(ReplyErrorCodes.NoReply, nowMs);
        }

        public void OnConfig(DeviceConfigMessage config, long nowMs)
        {
            Counter = config.Counter;
            Categories = config.Categories;
            if (_choice >= Categories.Length)
            {
                _choosing = false;
                _choice = 0;
            }

            if (config.Brightness >= 0 && config.Brightness != _brightnessSet)
            {
                _display.SetBrightness(config.Brightness);
                _brightnessSet = config.Brightness;
            }
        }

        public void OnShow(DeviceShowMessage show, long nowMs)
        {
            // The hub's retained show is the truth about the counter; "----" or no text means idle.
            CurrentTicket = show.Text == null || show.Text == KeypadTexts.NoTicket ? null : show.Text;
            Waiting = show.Waiting;
        }

        public void OnHallCalls(HallCallsMessage calls, long nowMs)
        {
            if (Counter >= 0)
            {
                var call = calls.LatestFor(Counter);
                if (call != null)
                {
                    LastCall = call;
                }
            }
        }

        public void Tick(long nowMs)
        {
            if (_choosing && nowMs >= _chooseUntil)
            {
                _choosing = false;
            }

            DisplayText = Compose(nowMs);
            DisplayPattern = Mode == KeypadMode.Busy ? LightPattern.BlinkFast : LightPattern.On;
            var text = Blink.IsLit(DisplayPattern, nowMs) ? DisplayText : "    ";
            if (text != _shown)
            {
                _display.Show(text);
                _shown = text;
            }
        }

        private string Compose(long nowMs)
        {
            var mode = Mode;
            if (mode == KeypadMode.Offline)
            {
                return _runtime.HubOnline ? KeypadTexts.Offline : KeypadTexts.HubOffline;
            }

            if (nowMs < _messageUntil)
            {
                return _message;
            }

            if (mode == KeypadMode.Unconfigured)
            {
                return KeypadTexts.Unconfigured;
            }

            if (mode == KeypadMode.ChoosingCategory)
            {
                return KeypadTexts.TransferTarget(ChosenCategory);
            }

            return CurrentTicket == null ? KeypadTexts.NoTicket : KeypadTexts.Fit(CurrentTicket, 4, false);
        }

        private void Send(string kind, string target, long atMs)
        {
            _pending = _runtime.Send(kind, target == null ? null : "to", target, _settings.EventTimeoutMs, 0);
            if (_pending == null)
            {
                IgnoredPresses++;
                return;
            }

            Sent++;
            _guardUntil = atMs + _settings.GuardMs;
            _messageUntil = long.MinValue;
        }

        private void StartChoosing(long atMs)
        {
            if (Categories.Length == 0)
            {
                ShowMessage(KeypadTexts.BadCategory, atMs);
                return;
            }

            _choosing = true;
            _chooseUntil = atMs + ChooseTimeoutMs;
            _messageUntil = long.MinValue;
            _choice = 0;

            // Start at the first category that is not the current ticket's own.
            var own = CategoryOfTicket(CurrentTicket);
            if (Categories.Length > 1 && Categories[0] == own)
            {
                _choice = 1;
            }
        }

        private void OnChoosing(int button, long atMs)
        {
            _chooseUntil = atMs + ChooseTimeoutMs;
            switch (button)
            {
                case KeypadButtons.Transfer:
                    _choice = (_choice + 1) % Categories.Length;
                    break;
                case KeypadButtons.Recall:
                    _choice = (_choice + Categories.Length - 1) % Categories.Length;
                    break;
                case KeypadButtons.Done:
                    var target = Categories[_choice];
                    _choosing = false;
                    Send(EventKinds.CounterTransfer, target, atMs);
                    break;
                case KeypadButtons.NoShow:
                    _choosing = false;
                    break;
                default:
                    IgnoredPresses++;
                    break;
            }
        }

        private void OnLongPress(int button, long atMs)
        {
            if (button == KeypadButtons.Done)
            {
                ShowMessage(KeypadTexts.Counter(Counter), atMs);
                _runtime.Supervisor.RetryNow(atMs);
                _runtime.PublishStateNow();
            }
            else if (button == KeypadButtons.Next)
            {
                ShowMessage(KeypadTexts.Waiting(Waiting), atMs);
            }
        }

        private void ShowError(string error, long nowMs)
        {
            LastError = error;
            ShowMessage(KeypadTexts.ForError(error), nowMs);
        }

        private void ShowMessage(string text, long nowMs)
        {
            _message = text;
            _messageUntil = nowMs + _settings.ReplyShowMs;
        }

        /// <summary>"A017" → "A"; the leading letters of a ticket are its category prefix.</summary>
        private static string CategoryOfTicket(string ticket)
        {
            if (ticket == null)
            {
                return null;
            }

            var end = 0;
            while (end < ticket.Length && (ticket[end] < '0' || ticket[end] > '9'))
            {
                end++;
            }

            return end == 0 ? null : ticket.Substring(0, end);
        }
    }
}
