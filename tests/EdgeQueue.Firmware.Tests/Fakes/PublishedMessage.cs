using System.Text;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>One message the device handed to the MQTT link.</summary>
public sealed record PublishedMessage(string Topic, byte[] Payload, bool Retain)
{
    public string Text => Encoding.UTF8.GetString(Payload);
}
