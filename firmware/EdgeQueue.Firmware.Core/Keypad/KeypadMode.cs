namespace EdgeQueue.Firmware.Core.Keypad
{
    /// <summary>What the keypad is doing, as far as the buttons are concerned.</summary>
    public enum KeypadMode
    {
        /// <summary>Not connected: the display says OFF, presses do nothing.</summary>
        Offline = 0,

        /// <summary>Connected but no counter number configured yet: "St--".</summary>
        Unconfigured = 1,

        /// <summary>Ready for Next / Recall / No-show / Done / Transfer.</summary>
        Ready = 2,

        /// <summary>An event is out; the display blinks until the hub answers.</summary>
        Busy = 3,

        /// <summary>Transfer pressed: choosing the target category ("t- B").</summary>
        ChoosingCategory = 4,
    }
}
