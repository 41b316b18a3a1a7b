namespace EdgeQueue.Hardware.Indicators;

/// <summary>What an RGB status light can show; amber is red and green together.</summary>
public enum StatusLightColor
{
    Off,
    Green,
    Amber,
    Red,
    Blue,
}
