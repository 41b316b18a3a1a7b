namespace EdgeQueue.Simulator.Hall;

/// <summary>Central answered an API call with an error: which call, the status, and central's own message.</summary>
internal sealed class CentralRefusedException : InvalidOperationException
{
    public CentralRefusedException(string path, int status, string detail)
        : base($"central refused {path} ({status}): {detail}")
    {
        Status = status;
        Detail = detail;
    }

    public CentralRefusedException(string message)
        : base(message)
    {
        Detail = message;
    }

    public CentralRefusedException(string message, Exception inner)
        : base(message, inner)
    {
        Detail = message;
    }

    public CentralRefusedException()
    {
        Detail = string.Empty;
    }

    public int Status { get; }

    public string Detail { get; }
}
