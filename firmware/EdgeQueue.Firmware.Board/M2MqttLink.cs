using System;
using System.Collections;
using System.Text;
using System.Threading;
using EdgeQueue.Firmware.Core.Hardware;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>
    /// The core's MQTT link over nanoFramework.M2Mqtt: MQTT 3.1.1, QoS 1, persistent session, the
    /// will on the device's state topic. M2Mqtt delivers messages on its own thread; they are queued
    /// here and taken by the device loop through <see cref="Receive"/>. A new client is made for
    /// every connection (a closed M2Mqtt client does not reopen its socket reliably).
    /// </summary>
    public sealed class M2MqttLink : IMqttLink
    {
        /// <summary>Messages kept at most between two loop turns; the hub's messages are few and small.</summary>
        private const int MaxQueued = 32;

        private readonly Queue _inbound = new Queue();
        private readonly object _lock = new object();
        private MqttClient _client;

        /// <summary>Messages dropped because the loop did not take them in time.</summary>
        public int Dropped { get; private set; }

        public bool IsConnected
        {
            get
            {
                var client = _client;
                return client != null && client.IsConnected;
            }
        }

        public bool Connect(MqttConnectOptions options)
        {
            Close();
            try
            {
                var client = new MqttClient(options.Host, options.Port, false, null, null, MqttSslProtocols.None);
                client.ProtocolVersion = MqttProtocolVersion.Version_3_1_1;
                client.MqttMsgPublishReceived += OnPublishReceived;
                var will = new string(Encoding.UTF8.GetChars(options.WillPayload));
                var result = client.Connect(
                    options.ClientId,
                    options.UserName,
                    options.Password,
                    true,
                    MqttQoSLevel.AtLeastOnce,
                    true,
                    options.WillTopic,
                    will,
                    options.CleanSession,
                    (ushort)options.KeepAliveSeconds);
                if (result != MqttReasonCode.Success)
                {
                    client.Close();
                    return false;
                }

                _client = client;
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        public bool Subscribe(string[] topics)
        {
            var client = _client;
            if (client == null)
            {
                return false;
            }

            var levels = new MqttQoSLevel[topics.Length];
            for (var i = 0; i < levels.Length; i++)
            {
                levels[i] = MqttQoSLevel.AtLeastOnce;
            }

            try
            {
                client.Subscribe(topics, levels);
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        public bool Publish(string topic, byte[] payload, bool retain)
        {
            var client = _client;
            if (client == null || !client.IsConnected)
            {
                return false;
            }

            try
            {
                client.Publish(topic, payload, null, null, MqttQoSLevel.AtLeastOnce, retain);
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        public MqttInbound Receive()
        {
            Monitor.Enter(_lock);
            try
            {
                return _inbound.Count == 0 ? null : (MqttInbound)_inbound.Dequeue();
            }
            finally
            {
                Monitor.Exit(_lock);
            }
        }

        public void Disconnect()
        {
            var client = _client;
            if (client == null)
            {
                return;
            }

            try
            {
                client.Disconnect();
            }
            catch (Exception)
            {
                // Already gone: nothing to close cleanly.
            }

            Close();
        }

        private void OnPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            var message = new MqttInbound(e.Topic, e.Message);
            Monitor.Enter(_lock);
            try
            {
                if (_inbound.Count >= MaxQueued)
                {
                    Dropped++;
                    return;
                }

                _inbound.Enqueue(message);
            }
            finally
            {
                Monitor.Exit(_lock);
            }
        }

        private void Close()
        {
            var client = _client;
            _client = null;
            if (client == null)
            {
                return;
            }

            try
            {
                client.MqttMsgPublishReceived -= OnPublishReceived;
                client.Close();
            }
            catch (Exception)
            {
                // The socket may already be closed by the broker or the network.
            }
        }
    }
}
