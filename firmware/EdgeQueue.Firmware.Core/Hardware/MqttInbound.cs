namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>One message received from the broker.</summary>
    public sealed class MqttInbound
    {
        public MqttInbound(string topic, byte[] payload)
        {
            Topic = topic;
            Payload = payload;
        }

        public string Topic { get; }

        public byte[] Payload { get; }
    }
}
