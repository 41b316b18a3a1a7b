namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>What the device asks of the broker when it connects (MQTT 3.1.1, persistent session).</summary>
    public sealed class MqttConnectOptions
    {
        public MqttConnectOptions(
            string host,
            int port,
            string clientId,
            string userName,
            string password,
            string willTopic,
            byte[] willPayload,
            int keepAliveSeconds)
        {
            Host = host;
            Port = port;
            ClientId = clientId;
            UserName = userName;
            Password = password;
            WillTopic = willTopic;
            WillPayload = willPayload;
            KeepAliveSeconds = keepAliveSeconds;
        }

        public string Host { get; }

        public int Port { get; }

        /// <summary>The device id: the broker's ACL and the hub both key on it.</summary>
        public string ClientId { get; }

        public string UserName { get; }

        public string Password { get; }

        /// <summary>The device's own state topic; the will is published retained with QoS 1.</summary>
        public string WillTopic { get; }

        /// <summary><c>{"online":false}</c>.</summary>
        public byte[] WillPayload { get; }

        public int KeepAliveSeconds { get; }

        /// <summary>Always false: the broker keeps the session (subscriptions, queued QoS 1 replies) across reconnects.</summary>
        public bool CleanSession
        {
            get { return false; }
        }
    }
}
