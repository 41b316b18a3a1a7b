namespace EdgeQueue.Hardware.Indicators;

/// <summary>A lamp that tells at a glance how a device is: a colour, steady or blinking.</summary>
public interface IStatusLight
{
    StatusLightColor Color { get; }

    bool Blinking { get; }

    void Show(StatusLightColor color, bool blinking = false);
}
