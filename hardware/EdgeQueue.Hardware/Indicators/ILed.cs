namespace EdgeQueue.Hardware.Indicators;

/// <summary>A status lamp (paper low, offline, "your turn").</summary>
public interface ILed
{
    bool IsOn { get; }

    void Set(bool on);
}
