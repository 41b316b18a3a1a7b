using System.Buffers;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeQueue.Mqtt.Link;

/// <summary>One publish from the moment it is handed to the link until the broker acknowledged it.</summary>
internal sealed class OutgoingPublish(long order, string topic, ReadOnlyMemory<byte> payload, MqttQualityOfServiceLevel qualityOfService, bool retain)
{
    /// <summary>Position in the order of publishing; a resend goes before anything newer.</summary>
    public long Order { get; } = order;

    public MqttQualityOfServiceLevel QualityOfService { get; } = qualityOfService;

    /// <summary>Completes on PUBACK/PUBCOMP (QoS 1/2) or when handed to the socket (QoS 0).</summary>
    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How often it was handed to a connection; from the second time on a QoS 1/2 message carries DUP.</summary>
    public int Attempts { get; private set; }

    /// <summary>The message for the next attempt (MQTTnet gives it a packet id of the current connection).</summary>
    public MqttApplicationMessage NextAttempt()
    {
        var message = new MqttApplicationMessage
        {
            Topic = topic,
            Payload = new ReadOnlySequence<byte>(payload),
            QualityOfServiceLevel = QualityOfService,
            Retain = retain,
            Dup = Attempts > 0 && QualityOfService != MqttQualityOfServiceLevel.AtMostOnce,
        };
        Attempts++;
        return message;
    }
}
