using System;
using System.Collections;
using System.Security.Cryptography.X509Certificates;
using EdgeQueue.Firmware.NanoStubs;
using nanoFramework.M2Mqtt.Messages;

namespace nanoFramework.M2Mqtt
{
    public enum MqttProtocolVersion
    {
        Version_3_1 = 0x03,
        Version_3_1_1 = 0x04,
        Version_5 = 0x05,
    }

    public enum MqttSslProtocols
    {
        None,
        SSLv3,
        TLSv1_0,
        TLSv1_1,
        TLSv1_2,
        TLSv1_3,
    }

    public interface IMqttClient
    {
        public delegate void MqttMsgPublishEventHandler(object sender, MqttMsgPublishEventArgs e);

        public delegate void ConnectionClosedEventHandler(object sender, EventArgs e);
    }

    public class MqttClient : IMqttClient, IDisposable
    {
        public MqttClient(string brokerHostName, int brokerPort, bool secure, X509Certificate caCert, X509Certificate clientCert, MqttSslProtocols sslProtocol)
            => throw new NotOnHostException();

        public event IMqttClient.MqttMsgPublishEventHandler MqttMsgPublishReceived
        {
            add => throw new NotOnHostException();
            remove => throw new NotOnHostException();
        }

        public bool IsConnected => throw new NotOnHostException();

        public MqttProtocolVersion ProtocolVersion
        {
            get => throw new NotOnHostException();
            set => throw new NotOnHostException();
        }

        public MqttReasonCode Connect(
            string clientId,
            string username,
            string password,
            bool willRetain,
            MqttQoSLevel willQosLevel,
            bool willFlag,
            string willTopic,
            string willMessage,
            bool cleanSession,
            ushort keepAlivePeriod) => throw new NotOnHostException();

        public ushort Subscribe(string[] topics, MqttQoSLevel[] qosLevels) => throw new NotOnHostException();

        public ushort Publish(string topic, byte[] message, string contentType, ArrayList userProperties, MqttQoSLevel qosLevel, bool retain)
            => throw new NotOnHostException();

        public void Disconnect() => throw new NotOnHostException();

        public void Close() => throw new NotOnHostException();

        public void Dispose() => throw new NotOnHostException();
    }
}
