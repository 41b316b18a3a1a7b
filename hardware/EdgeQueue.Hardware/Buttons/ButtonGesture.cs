namespace EdgeQueue.Hardware.Buttons;

public enum ButtonGesture
{
    /// <summary>Pressed and released before the long-press time.</summary>
    Press,

    /// <summary>Held for the long-press time; reported while still held, once.</summary>
    LongPress,
}
