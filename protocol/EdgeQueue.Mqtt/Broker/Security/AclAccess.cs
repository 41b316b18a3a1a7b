namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>What an ACL rule grants on the topics it covers.</summary>
[Flags]
public enum AclAccess
{
    None = 0,

    /// <summary>Subscribe (and so receive).</summary>
    Read = 1,

    /// <summary>Publish.</summary>
    Write = 2,

    ReadWrite = Read | Write,
}
