namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>
    /// The MQTT connection, at the lowest seam the core needs. The core is single-threaded: an
    /// adapter whose client receives on its own thread queues the messages, and the core takes them
    /// with <see cref="Receive"/> from its loop. Every call returns a result, none throws.
    /// </summary>
    public interface IMqttLink
    {
        bool IsConnected { get; }

        /// <summary>Opens the connection (with will and credentials); false on any failure.</summary>
        bool Connect(MqttConnectOptions options);

        /// <summary>Subscribes with QoS 1; false on failure.</summary>
        bool Subscribe(string[] topics);

        /// <summary>Publishes with QoS 1; false when the message could not be handed to the connection.</summary>
        bool Publish(string topic, byte[] payload, bool retain);

        /// <summary>The next received message, or null when none is waiting.</summary>
        MqttInbound Receive();

        /// <summary>Closes the connection cleanly (the broker then does not publish the will).</summary>
        void Disconnect();
    }
}
