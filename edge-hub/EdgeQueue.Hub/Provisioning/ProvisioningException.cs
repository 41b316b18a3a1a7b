namespace EdgeQueue.Hub.Provisioning;

/// <summary>
/// A device cannot be added, removed or given a new password: one line for the technician (the
/// command's exit code 2, the technician page's 400). The site file is unchanged.
/// </summary>
public sealed class ProvisioningException : Exception
{
    public ProvisioningException()
    {
    }

    public ProvisioningException(string message)
        : base(message)
    {
    }

    public ProvisioningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
