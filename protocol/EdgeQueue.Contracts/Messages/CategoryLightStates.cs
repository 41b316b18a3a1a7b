namespace EdgeQueue.Contracts.Messages;

/// <summary>How a dispenser lights a category button (values of <see cref="DeviceShow.Categories"/>).</summary>
public static class CategoryLightStates
{
    public const string Open = "open";
    public const string Closed = "closed";
}
