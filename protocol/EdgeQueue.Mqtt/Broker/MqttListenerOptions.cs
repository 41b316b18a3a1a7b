using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace EdgeQueue.Mqtt.Broker;

/// <summary>One address the broker accepts clients on; with a certificate, clients must speak TLS.</summary>
/// <param name="EndPoint">Address and port; port 0 picks a free one (see <see cref="MqttBroker.LocalEndPoints"/>).</param>
/// <param name="Certificate">Server certificate with its private key, or null for plain TCP.</param>
public sealed record MqttListenerOptions(IPEndPoint EndPoint, X509Certificate2? Certificate = null)
{
    public bool IsTls => Certificate is not null;

    public override string ToString() => $"{(IsTls ? "mqtts" : "mqtt")}://{EndPoint}";
}
