namespace EdgeQueue.Hardware.Gpio;

public enum GpioBias
{
    /// <summary>Leave the bias as the board configured it.</summary>
    AsIs,
    PullUp,
    PullDown,
    Disabled,
}
