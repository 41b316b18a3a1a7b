using EdgeQueue.Firmware.Core.Contract;
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
    /// state on connect and every <see cref="DeviceSettings.StateIntervalS"/>.
    /// </summary>
    public sealed class ConnectionSupervisor
    {
        private const int FirstRetryMs = 1000;

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

        public ConnectionSupervisor(
            DeviceSettings settings,
            DeviceTopics topics,
            string bootId,
            IWifi wifi,
            IMqttLink link,
            ISystemMonitor monitor,
            IRandom random,
            long bootAtMs)
        {
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
            if (State == ConnectionState.Online && !_link.IsConnected)
            {
                // Lost: wait the first back-off step before redialling (the broker may be restarting).
                State = _wifi.IsConnected ? ConnectionState.BrokerDown : ConnectionState.WifiDown;
                _brokerBackoff.Reset();
                _nextBrokerAttemptAt = nowMs + _brokerBackoff.NextDelayMs();
                _wifiBackoff.Reset();
                _nextWifiAttemptAt = nowMs;
                return State;
            }

            if (State != ConnectionState.Online)
            {
                if (!_wifi.IsConnected)
                {
                    State = ConnectionState.WifiDown;
                    if (nowMs < _nextWifiAttemptAt)
                    {
                        return State;
                    }

                    WifiAttempts++;
                    if (!_wifi.Connect(_settings.WifiSsid, _settings.WifiPassword))
                    {
                        _nextWifiAttemptAt = nowMs + _wifiBackoff.NextDelayMs();
                        return State;
                    }

                    _wifiBackoff.Reset();
                    _nextBrokerAttemptAt = nowMs;
                }

                State = ConnectionState.BrokerDown;
                if (nowMs < _nextBrokerAttemptAt)
                {
                    return State;
                }

                BrokerAttempts++;
                if (!ConnectAndSubscribe(nowMs, paper))
                {
                    _nextBrokerAttemptAt = nowMs + _brokerBackoff.NextDelayMs();
                    return State;
                }

                _brokerBackoff.Reset();
                Connections++;
                State = ConnectionState.Online;
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
                AppliedConfigVersion);
            return _link.Publish(_topics.State, ContractWriter.State(report), true);
        }

        /// <summary>A technician's long press: try Wi-Fi and the broker again now instead of after the back-off.</summary>
        public void RetryNow(long nowMs)
        {
            _wifiBackoff.Reset();
            _brokerBackoff.Reset();
            _nextWifiAttemptAt = nowMs;
            _nextBrokerAttemptAt = nowMs;
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
