using System;
using System.Threading;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Diagnostics;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Core.Connectivity
{
    /// <summary>
    /// Keeps the device joined to Wi-Fi and connected to the site broker: retries each with its own
    /// back-off (1 s doubling to <see cref="DeviceSettings.ReconnectMaxMs"/>, jittered), connects with
    /// a persistent session and the will <c>{"online":false}</c> on the retained state topic,
    /// subscribes to the device's own reply/config/show and hall/calls (again after every reconnect:
    /// a broker that lost the session must not leave the device deaf), and publishes the retained
    /// state on connect and every <see cref="DeviceSettings.StateIntervalS"/>. The joins themselves
    /// run on the <see cref="Worker"/> (a thread of their own on the device): <see cref="Tick"/>
    /// starts one when it is due and otherwise only reads how the last one ended, so the loop never
    /// waits for a scan, a DNS look-up or a CONNACK.
    /// </summary>
    public sealed class ConnectionSupervisor
    {
        private const int FirstRetryMs = 1000;

        /// <summary>While offline the network state is read at most this often (on the device each read allocates).</summary>
        public const int NetworkCheckIntervalMs = 1000;

        // How the join running on the worker ended; written by the job as its last step, read by Tick.
        private const int JoinIdle = 0;
        private const int JoinRunning = 1;
        private const int JoinWifiFailed = 2;
        private const int JoinBrokerFailed = 3;
        private const int JoinOnline = 4;

        private readonly DeviceSettings _settings;
        private readonly DeviceTopics _topics;
        private readonly IWifi _wifi;
        private readonly IMqttLink _link;
        private readonly ISystemMonitor _monitor;
        private readonly RetryBackoff _wifiBackoff;
        private readonly RetryBackoff _brokerBackoff;
        private readonly long _bootAt;
        private long _nextWifiAttemptAt;
        private long _nextBrokerAttemptAt;
        private long _nextStateAt;
        private long _nextNetworkCheckAt;
        private bool _wifiUp;
        private int _join;
        private bool _joinWifi;
        private long _joinStartedAt;
        private string _joinPaper;
        private readonly DeviceLog _log;

        public ConnectionSupervisor(
            DeviceSettings settings,
            DeviceTopics topics,
            string bootId,
            IWifi wifi,
            IMqttLink link,
            ISystemMonitor monitor,
            IRandom random,
            long bootAtMs,
            DeviceLog log)
        {
            _log = log;
            _settings = settings;
            _topics = topics;
            BootId = bootId;
            _wifi = wifi;
            _link = link;
            _monitor = monitor;
            _bootAt = bootAtMs;
            _wifiBackoff = new RetryBackoff(FirstRetryMs, settings.ReconnectMaxMs, random);
            _brokerBackoff = new RetryBackoff(FirstRetryMs, settings.ReconnectMaxMs, random);
            _nextWifiAttemptAt = bootAtMs;
            _nextBrokerAttemptAt = bootAtMs;
            Worker = new ThreadConnectWorker();
        }

        /// <summary>Where joins run; set before the first <see cref="Tick"/> (tests run them inline).</summary>
        public IConnectWorker Worker { get; set; }

        /// <summary>True while a join is running on the worker.</summary>
        public bool Joining
        {
            get { return Interlocked.CompareExchange(ref _join, JoinRunning, JoinRunning) == JoinRunning; }
        }

        public ConnectionState State { get; private set; }

        /// <summary>The version of the last config applied, reported in the state so technicians see stale devices.</summary>
        public int AppliedConfigVersion { get; set; }

        public string BootId { get; }

        public int WifiAttempts { get; private set; }

        public int BrokerAttempts { get; private set; }

        /// <summary>How many times the device came online (1 after the first connection).</summary>
        public int Connections { get; private set; }

        /// <summary>
        /// Advances the connection one step. Returns the state after the step; a change to or from
        /// <see cref="ConnectionState.Online"/> is the caller's cue to update LEDs and the outbox.
        /// </summary>
        public ConnectionState Tick(long nowMs, string paper)
        {
            if (_join != JoinIdle && !Finish(nowMs))
            {
                return State; // the join is still running: nothing to do but wait
            }

            if (State == ConnectionState.Online && !_link.IsConnected)
            {
                // Lost: wait the first back-off step before redialling (the broker may be restarting).
                _log.Add("utracone połączenie z brokerem");
                State = _wifi.IsConnected ? ConnectionState.BrokerDown : ConnectionState.WifiDown;
                _brokerBackoff.Reset();
                _nextBrokerAttemptAt = nowMs + _brokerBackoff.NextDelayMs();
                _wifiBackoff.Reset();
                _nextWifiAttemptAt = nowMs;
                return State;
            }

            if (State != ConnectionState.Online)
            {
                // Between retries the state is refreshed once a second (and at each retry that falls due).
                var due = nowMs >= (_wifiUp ? _nextBrokerAttemptAt : _nextWifiAttemptAt);
                if (!due && nowMs < _nextNetworkCheckAt)
                {
                    return State;
                }

                _nextNetworkCheckAt = nowMs + NetworkCheckIntervalMs;
                var wifiUp = _wifi.IsConnected;
                _wifiUp = wifiUp;
                State = wifiUp ? ConnectionState.BrokerDown : ConnectionState.WifiDown;
                if (nowMs < (wifiUp ? _nextBrokerAttemptAt : _nextWifiAttemptAt))
                {
                    return State;
                }

                if (!wifiUp)
                {
                    WifiAttempts++;
                }

                BeginJoin(!wifiUp, nowMs, paper);
                Finish(nowMs); // an inline worker has already finished
                return State;
            }

            if (nowMs >= _nextStateAt)
            {
                PublishState(nowMs, paper);
            }

            return State;
        }

        /// <summary>Publishes the retained state now (after a change the hub should see at once, e.g. paper).</summary>
        public bool PublishState(long nowMs, string paper)
        {
            _nextStateAt = nowMs + (_settings.StateIntervalS * 1000L);
            if (!_link.IsConnected)
            {
                return false;
            }

            var report = new DeviceStateReport(
                FirmwareInfo.Version,
                BootId,
                (nowMs - _bootAt) / 1000,
                _wifi.Rssi,
                _monitor.FreeMemoryBytes,
                paper,
                AppliedConfigVersion,
                _log.Recent());
            return _link.Publish(_topics.State, ContractWriter.State(report), true);
        }

        /// <summary>A technician's long press: try Wi-Fi and the broker again now instead of after the back-off.</summary>
        public void RetryNow(long nowMs)
        {
            _nextNetworkCheckAt = nowMs;
            _wifiBackoff.Reset();
            _brokerBackoff.Reset();
            _nextWifiAttemptAt = nowMs;
            _nextBrokerAttemptAt = nowMs;
        }

        private void BeginJoin(bool wifi, long nowMs, string paper)
        {
            _joinWifi = wifi;
            _joinStartedAt = nowMs;
            _joinPaper = paper;
            Interlocked.Exchange(ref _join, JoinRunning);
            Worker.Start(Join);
        }

        /// <summary>The job on the worker: Wi-Fi if it is down, then the broker; its outcome is its last write.</summary>
        private void Join()
        {
            var outcome = JoinBrokerFailed;
            try
            {
                outcome = _joinWifi && !_wifi.Connect(_settings.WifiSsid, _settings.WifiPassword)
                    ? JoinWifiFailed
                    : ConnectAndSubscribe(_joinStartedAt, _joinPaper) ? JoinOnline : JoinBrokerFailed;
            }
            catch (Exception)
            {
                // The adapters promise not to throw; if one does, the join failed and is retried
                // (an exception leaving a thread would stop the whole device).
            }
            finally
            {
                Interlocked.Exchange(ref _join, outcome);
            }
        }

        /// <summary>Takes the outcome of a finished join; false while it is still running.</summary>
        private bool Finish(long nowMs)
        {
            var outcome = Interlocked.CompareExchange(ref _join, JoinIdle, JoinIdle);
            if (outcome == JoinRunning)
            {
                return false;
            }

            Interlocked.Exchange(ref _join, JoinIdle);
            if (outcome == JoinWifiFailed)
            {
                State = ConnectionState.WifiDown;
                _nextWifiAttemptAt = nowMs + _wifiBackoff.NextDelayMs();
                _log.Add("Wi-Fi '" + _settings.WifiSsid + "' niepołączone");
                return true;
            }

            if (_joinWifi)
            {
                _wifiBackoff.Reset();
            }

            BrokerAttempts++;
            if (outcome == JoinBrokerFailed)
            {
                State = ConnectionState.BrokerDown;
                _nextBrokerAttemptAt = nowMs + _brokerBackoff.NextDelayMs();
                _log.Add("broker " + Broker() + " nieosiągalny lub odrzucił " + _settings.MqttUser);
                return true;
            }

            _brokerBackoff.Reset();
            Connections++;
            State = ConnectionState.Online;
            _log.Add("połączone z brokerem " + Broker());
            return true;
        }

        private string Broker()
        {
            return _settings.MqttHost + ":" + _settings.MqttPort.ToString();
        }

        private bool ConnectAndSubscribe(long nowMs, string paper)
        {
            var options = new MqttConnectOptions(
                _settings.MqttHost,
                _settings.MqttPort,
                _settings.DeviceId,
                _settings.MqttUser,
                _settings.MqttPassword,
                _topics.State,
                ContractWriter.Offline(),
                _settings.KeepAliveS);
            if (!_link.Connect(options))
            {
                return false;
            }

            if (!_link.Subscribe(_topics.Subscriptions) || !PublishState(nowMs, paper))
            {
                _link.Disconnect();
                return false;
            }

            return true;
        }
    }
}
