using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Diagnostics;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Core.Connectivity
{
    /// <summary>
    /// What every device does around its own logic: keeps the connection, sends events through the
    /// outbox, reads the hub's messages and hands them to the <see cref="IDeviceApp"/>. The board's loop
    /// calls <see cref="Tick"/> (every 10–20 ms) and nothing here blocks: the Wi-Fi and broker joins
    /// run on the supervisor's worker thread while the loop goes on.
    /// </summary>
    public sealed class DeviceRuntime
    {
        /// <summary>Messages handled per tick at most, so a flood cannot starve the buttons.</summary>
        public const int MaxMessagesPerTick = 8;

        /// <summary>Events waiting at most; the device logic allows one at a time, this is a safety bound.</summary>
        public const int OutboxCapacity = 4;

        private readonly DeviceSettings _settings;
        private readonly IClock _clock;
        private readonly IMqttLink _link;
        private IDeviceApp _app;
        private bool _online;
        private bool _hubOnline = true;

        public DeviceRuntime(DeviceSettings settings, IClock clock, IRandom random, IWifi wifi, IMqttLink link, ISystemMonitor monitor)
        {
            _settings = settings;
            _clock = clock;
            _link = link;
            BootId = Connectivity.BootId.Create(random);
            Topics = new DeviceTopics(settings.SiteId, settings.DeviceId);
            Outbox = new EventOutbox(settings.DeviceId, BootId, OutboxCapacity, settings.RetryInitialMs, settings.RetryMaxMs, random);
            Log = new DeviceLog(clock);
            Supervisor = new ConnectionSupervisor(settings, Topics, BootId, wifi, link, monitor, random, clock.NowMs, Log);
        }

        public string DeviceId
        {
            get { return _settings.DeviceId; }
        }

        public string BootId { get; }

        public DeviceTopics Topics { get; }

        public EventOutbox Outbox { get; }

        public ConnectionSupervisor Supervisor { get; }

        /// <summary>The device's log: connection changes and refused hub messages, kept for the state.</summary>
        public DeviceLog Log { get; }

        /// <summary>Connected to the broker and the hub is there to answer: the device may send.</summary>
        public bool IsOnline
        {
            get { return _online; }
        }

        /// <summary>
        /// The hub's retained <c>hub/state</c> (true until it says otherwise): with the broker up and the
        /// hub gone, the device is offline at once instead of after a request's 20–30 s timeout.
        /// </summary>
        public bool HubOnline
        {
            get { return _hubOnline; }
        }

        /// <summary>Hub messages that could not be read (bad JSON, wrong types, wrong role).</summary>
        public int RejectedMessages { get; private set; }

        /// <summary>Why the last hub message was refused, for the technician's serial log.</summary>
        public string LastProblem { get; private set; }

        public void Attach(IDeviceApp app)
        {
            _app = app;
        }

        /// <summary>Queues an event for the hub; null when the outbox is full.</summary>
        public OutboxEntry Send(string kind, string fieldName, string argument, int timeoutMs, int tag)
        {
            var now = _clock.NowMs;
            var entry = Outbox.Add(kind, fieldName, argument, now, timeoutMs, tag);
            if (entry != null)
            {
                Outbox.Pump(_link, Topics.Event, now);
            }

            return entry;
        }

        /// <summary>Publishes the retained state now (paper changed, technician asked).</summary>
        public void PublishStateNow()
        {
            Supervisor.PublishState(_clock.NowMs, _app.Paper);
        }

        /// <summary>One turn of the device loop.</summary>
        public void Tick()
        {
            var now = _clock.NowMs;
            var connected = Supervisor.Tick(now, _app.Paper) == ConnectionState.Online;
            for (var i = 0; i < MaxMessagesPerTick; i++)
            {
                var message = _link.Receive();
                if (message == null)
                {
                    break;
                }

                Route(message, now);
            }

            // Nothing is sent that cannot be answered: without the hub the device is offline too.
            var online = connected && _hubOnline;
            if (online != _online)
            {
                _online = online;
                if (online)
                {
                    Outbox.OnReconnected(now);
                }

                _app.OnConnectionChanged(online, now);
            }

            OutboxEntry expired;
            while ((expired = Outbox.TakeExpired(now)) != null)
            {
                _app.OnEventFailed(expired, now);
            }

            if (_online)
            {
                Outbox.Pump(_link, Topics.Event, now);
            }

            _app.Tick(now);
        }

        private void Route(MqttInbound message, long now)
        {
            string error;
            var topic = message.Topic;
            if (topic == Topics.Reply)
            {
                DeviceReplyMessage reply;
                if (!DeviceReplyMessage.TryParse(message.Payload, out reply, out error))
                {
                    Reject(error);
                    return;
                }

                var entry = Outbox.Complete(reply.Re);
                if (entry != null)
                {
                    _app.OnReply(entry, reply, now);
                }

                return;
            }

            if (topic == Topics.Config)
            {
                DeviceConfigMessage config;
                if (!DeviceConfigMessage.TryParse(message.Payload, out config, out error))
                {
                    Reject(error);
                    return;
                }

                if (config.Role != _app.Role)
                {
                    Reject("config: role '" + config.Role + "' is not this device's role '" + _app.Role + "'");
                    return;
                }

                _app.OnConfig(config, now);
                if (Supervisor.AppliedConfigVersion != config.Version)
                {
                    // Tell the hub at once which configuration is in force.
                    Supervisor.AppliedConfigVersion = config.Version;
                    PublishStateNow();
                }

                return;
            }

            if (topic == Topics.Show)
            {
                DeviceShowMessage show;
                if (!DeviceShowMessage.TryParse(message.Payload, out show, out error))
                {
                    Reject(error);
                    return;
                }

                _app.OnShow(show, now);
                return;
            }

            if (topic == Topics.HubState)
            {
                bool hubOnline;
                if (!HubStateMessage.TryParse(message.Payload, out hubOnline, out error))
                {
                    Reject(error);
                    return;
                }

                _hubOnline = hubOnline;
                return;
            }

            if (topic == Topics.HallCalls)
            {
                HallCallsMessage calls;
                if (!HallCallsMessage.TryParse(message.Payload, out calls, out error))
                {
                    Reject(error);
                    return;
                }

                _app.OnHallCalls(calls, now);
                return;
            }

            Reject("message on unexpected topic '" + topic + "'");
        }

        private void Reject(string problem)
        {
            RejectedMessages++;
            LastProblem = problem;
            Log.Add("odrzucona wiadomość huba: " + problem);
        }
    }
}
