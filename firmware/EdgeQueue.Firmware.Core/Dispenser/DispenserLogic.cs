using EdgeQueue.Firmware.Core.Buttons;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Lights;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Core.Dispenser
{
    /// <summary>
    /// The ticket dispenser: a press on a category button asks the hub for a ticket
    /// (<c>ticket.request</c>); the printer is the hub's, so the dispenser only asks and shows the
    /// answer on its LEDs. One request at a time, rate-limited; nothing is asked while offline, out of
    /// paper or for a closed category, because a ticket printed a minute later for someone who has
    /// left is worse than none. A long press (any button) is the technician's: identify blink,
    /// reconnect now, republish state.
    /// </summary>
    public sealed class DispenserLogic : IDeviceApp, IButtonListener
    {
        /// <summary>How long the identify blink lasts.</summary>
        public const int IdentifyMs = 10000;

        private readonly DeviceSettings _settings;
        private readonly DeviceRuntime _runtime;
        private readonly ILed[] _buttonLeds;
        private readonly IStatusLed _statusLed;
        private readonly RateLimiter _rate;
        private readonly bool[] _ledLit;
        private DeviceConfigMessage _config;
        private DeviceShowMessage _show;
        private OutboxEntry _pending;
        private bool _online;
        private bool _printerFault;
        private long _resultUntil;
        private bool _resultOk;
        private long _identifyUntil = long.MinValue;
        private LedColor _statusShown = LedColor.Off;
        private bool _statusWritten;
        private bool _ledsWritten;

        public DispenserLogic(DeviceSettings settings, DeviceRuntime runtime, ILed[] buttonLeds, IStatusLed statusLed)
        {
            _settings = settings;
            _runtime = runtime;
            _buttonLeds = buttonLeds;
            _statusLed = statusLed;
            _rate = new RateLimiter(settings.RateBurst, settings.RateRefillMs);
            _ledLit = new bool[buttonLeds.Length];
            _resultUntil = long.MinValue;
            Status = DispenserStatus.Offline;
        }

        public string Role
        {
            get { return DeviceRoles.Dispenser; }
        }

        /// <summary>The paper state the dispenser knows of: from the hub's show message or a printer failure.</summary>
        public string Paper
        {
            get
            {
                if (_printerFault)
                {
                    return PaperStates.Out;
                }

                return _show != null && _show.Paper != null ? _show.Paper : PaperStates.Ok;
            }
        }

        public DispenserStatus Status { get; private set; }

        /// <summary>Ticket number of the last successful reply (e.g. "A017"), or null.</summary>
        public string LastTicket { get; private set; }

        /// <summary>People waiting ahead, from the last successful reply; -1 when unknown.</summary>
        public int LastWaiting { get; private set; } = JsonFields.Absent;

        /// <summary>Estimated wait in minutes, from the last successful reply; -1 when unknown.</summary>
        public int LastEtaMin { get; private set; } = JsonFields.Absent;

        /// <summary>Error code of the last refusal ("category-closed", "no-reply", ...), or null.</summary>
        public string LastError { get; private set; }

        /// <summary>Presses that asked for a ticket.</summary>
        public int Requests { get; private set; }

        /// <summary>Presses that were not turned into a request (offline, busy, rate limit, closed, unmapped).</summary>
        public int IgnoredPresses { get; private set; }

        /// <summary>The button whose request is out, or -1.</summary>
        public int PendingButton
        {
            get { return _pending == null ? -1 : _pending.Tag; }
        }

        public LedColor StatusColor { get; private set; }

        public LightPattern StatusPattern { get; private set; }

        /// <summary>The category of button <paramref name="button"/> (from 0) under the current config, or null.</summary>
        public string CategoryOf(int button)
        {
            return _config == null ? null : _config.CategoryOfButton(button + 1);
        }

        /// <summary>How the lamp of button <paramref name="button"/> is lit now.</summary>
        public LightPattern ButtonLight(int button)
        {
            if (Status == DispenserStatus.Identify)
            {
                return LightPattern.BlinkFast;
            }

            if (Status == DispenserStatus.Offline || Status == DispenserStatus.OutOfPaper || Status == DispenserStatus.Unconfigured)
            {
                return LightPattern.Off;
            }

            if (_pending != null)
            {
                return _pending.Tag == button ? LightPattern.BlinkFast : LightPattern.Off;
            }

            return IsOpen(CategoryOf(button)) ? LightPattern.On : LightPattern.Off;
        }

        public void OnGesture(int button, ButtonGesture gesture, long atMs)
        {
            if (gesture == ButtonGesture.LongPress)
            {
                _identifyUntil = atMs + IdentifyMs;
                _runtime.Supervisor.RetryNow(atMs);
                _runtime.PublishStateNow();
                return;
            }

            var category = CategoryOf(button);
            if (!_online || PaperIsOut || category == null || _pending != null)
            {
                IgnoredPresses++;
                return;
            }

            if (!IsOpen(category))
            {
                IgnoredPresses++;
                ShowResult(false, ReplyErrorCodes.CategoryClosed, atMs);
                return;
            }

            if (!_rate.TryTake(atMs))
            {
                IgnoredPresses++;
                return;
            }

            _pending = _runtime.Send(EventKinds.TicketRequest, "category", category, _settings.RequestTimeoutMs, button);
            if (_pending == null)
            {
                IgnoredPresses++;
                return;
            }

            Requests++;
        }

        public void OnConnectionChanged(bool online, long nowMs)
        {
            _online = online;
        }

        public void OnReply(OutboxEntry entry, DeviceReplyMessage reply, long nowMs)
        {
            if (entry == _pending)
            {
                _pending = null;
            }

            if (reply.Ok)
            {
                LastTicket = reply.Ticket;
                LastWaiting = reply.Waiting;
                LastEtaMin = reply.EtaMin;
                LastError = null;
                if (_printerFault)
                {
                    _printerFault = false;
                    _runtime.PublishStateNow();
                }

                ShowResult(true, null, nowMs);
                return;
            }

            if (reply.Error == ReplyErrorCodes.PrinterFailed && !_printerFault)
            {
                _printerFault = true;
                _runtime.PublishStateNow();
            }

            ShowResult(false, reply.Error, nowMs);
        }

        public void OnEventFailed(OutboxEntry entry, long nowMs)
        {
            if (entry == _pending)
            {
                _pending = null;
            }

            ShowResult(false, ReplyErrorCodes.NoReply, nowMs);
        }

        public void OnConfig(DeviceConfigMessage config, long nowMs)
        {
            _config = config;
        }

        public void OnShow(DeviceShowMessage show, long nowMs)
        {
            var paperBefore = Paper;
            _show = show;
            if (show.Paper == PaperStates.Ok || show.Paper == PaperStates.Low)
            {
                // The hub has seen the printer work again (paper refilled).
                _printerFault = false;
            }

            if (Paper != paperBefore)
            {
                _runtime.PublishStateNow();
            }
        }

        public void OnHallCalls(HallCallsMessage calls, long nowMs)
        {
            // A dispenser shows no calls.
        }

        public void Tick(long nowMs)
        {
            Status = Evaluate(nowMs);
            LightStatus();
            var lit = Blink.IsLit(StatusPattern, nowMs);
            var color = lit ? StatusColor : LedColor.Off;
            if (!_statusWritten || color != _statusShown)
            {
                _statusLed.Show(color);
                _statusShown = color;
                _statusWritten = true;
            }

            for (var i = 0; i < _buttonLeds.Length; i++)
            {
                var on = Blink.IsLit(ButtonLight(i), nowMs);
                if (on != _ledLit[i] || !_ledsWritten)
                {
                    _buttonLeds[i].Set(on);
                    _ledLit[i] = on;
                }
            }

            _ledsWritten = true;
        }

        private bool PaperIsOut
        {
            get { return Paper == PaperStates.Out; }
        }

        private bool IsOpen(string category)
        {
            if (category == null)
            {
                return false;
            }

            // A category the hub has not mentioned is open: the hub refuses it if not.
            var state = _show == null ? null : _show.CategoryState(category);
            return state != CategoryStates.Closed;
        }

        private bool HasAnyButton()
        {
            for (var i = 0; i < _buttonLeds.Length; i++)
            {
                if (CategoryOf(i) != null)
                {
                    return true;
                }
            }

            return false;
        }

        private void ShowResult(bool ok, string error, long nowMs)
        {
            _resultOk = ok;
            _resultUntil = nowMs + _settings.ReplyShowMs;
            if (!ok)
            {
                LastError = error;
            }
        }

        private DispenserStatus Evaluate(long nowMs)
        {
            if (nowMs < _identifyUntil)
            {
                return DispenserStatus.Identify;
            }

            if (!_online)
            {
                return DispenserStatus.Offline;
            }

            if (PaperIsOut)
            {
                return DispenserStatus.OutOfPaper;
            }

            if (!HasAnyButton())
            {
                return DispenserStatus.Unconfigured;
            }

            if (_pending != null)
            {
                return DispenserStatus.Printing;
            }

            if (nowMs < _resultUntil)
            {
                return _resultOk ? DispenserStatus.Issued : DispenserStatus.Refused;
            }

            return DispenserStatus.Ready;
        }

        private void LightStatus()
        {
            switch (Status)
            {
                case DispenserStatus.Identify:
                    StatusColor = LedColor.Blue;
                    StatusPattern = LightPattern.BlinkFast;
                    break;
                case DispenserStatus.Offline:
                    StatusColor = LedColor.Amber;
                    StatusPattern = LightPattern.BlinkSlow;
                    break;
                case DispenserStatus.OutOfPaper:
                    StatusColor = LedColor.Red;
                    StatusPattern = LightPattern.On;
                    break;
                case DispenserStatus.Unconfigured:
                    StatusColor = LedColor.Blue;
                    StatusPattern = LightPattern.BlinkSlow;
                    break;
                case DispenserStatus.Printing:
                    StatusColor = LedColor.Blue;
                    StatusPattern = LightPattern.On;
                    break;
                case DispenserStatus.Issued:
                    StatusColor = LedColor.Green;
                    StatusPattern = LightPattern.BlinkFast;
                    break;
                case DispenserStatus.Refused:
                    StatusColor = LedColor.Red;
                    StatusPattern = LightPattern.BlinkFast;
                    break;
                default:
                    StatusColor = LedColor.Green;
                    StatusPattern = LightPattern.On;
                    break;
            }
        }
    }
}
