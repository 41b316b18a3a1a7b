namespace EdgeQueue.Firmware.Core.Buttons
{
    /// <summary>What a person did with a button, as the device logic sees it.</summary>
    public enum ButtonGesture
    {
        /// <summary>Pressed and released before the long-press time (reported on release).</summary>
        Press = 0,

        /// <summary>Held for the long-press time (reported once, while still held; the release then reports nothing).</summary>
        LongPress = 1,
    }
}
