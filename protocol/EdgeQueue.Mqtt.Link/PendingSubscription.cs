using MQTTnet.Protocol;

namespace EdgeQueue.Mqtt.Link;

/// <summary>A subscription asked for while the link was down; the next connection sends it before any publish.</summary>
internal sealed class PendingSubscription(IReadOnlyList<string> filters, MqttQualityOfServiceLevel qualityOfService)
{
    public IReadOnlyList<string> Filters { get; } = filters;

    public MqttQualityOfServiceLevel QualityOfService { get; } = qualityOfService;

    /// <summary>The filters the broker refused (empty when all were granted).</summary>
    public TaskCompletionSource<IReadOnlyList<string>> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
