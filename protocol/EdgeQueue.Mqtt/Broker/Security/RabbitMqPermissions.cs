namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>
/// One user's rights on a RabbitMQ virtual host as its MQTT plugin checks them: resource
/// permissions (configure, write, read regexps over queue and exchange names: the plugin declares a
/// queue <c>mqtt-subscription-{clientId}qos0|qos1</c> per client and binds it to <c>amq.topic</c>)
/// and topic permissions on <c>amq.topic</c> (write, read regexps over routing keys: MQTT topic
/// <c>a/b/c</c> is routing key <c>a.b.c</c>, a subscription's <c>+</c> and <c>#</c> become
/// <c>*</c> and <c>#</c>).
/// </summary>
public sealed record RabbitMqPermissions(string User, string Configure, string Write, string Read, string TopicWrite, string TopicRead)
{
    /// <summary>The exchange the MQTT plugin publishes to and binds subscriptions on (its default).</summary>
    public const string Exchange = "amq.topic";
}
