namespace EdgeQueue.Firmware.Core.Dispenser
{
    /// <summary>What the dispenser's status LED tells the resident and the technician (highest priority first).</summary>
    public enum DispenserStatus
    {
        /// <summary>A technician's long press: every LED blinks so the device can be found (blue, fast).</summary>
        Identify = 0,

        /// <summary>No Wi-Fi or no broker: buttons do nothing (amber, slow blink).</summary>
        Offline = 1,

        /// <summary>The printer is out of paper or failed: buttons do nothing (red, steady).</summary>
        OutOfPaper = 2,

        /// <summary>Online, but no button → category map yet (blue, slow blink).</summary>
        Unconfigured = 3,

        /// <summary>A request is out, waiting for the hub (blue, steady; the pressed button blinks).</summary>
        Printing = 4,

        /// <summary>The hub issued the ticket (green, fast blink for a few seconds).</summary>
        Issued = 5,

        /// <summary>The hub refused or never answered (red, fast blink for a few seconds).</summary>
        Refused = 6,

        /// <summary>Waiting for a resident (green, steady).</summary>
        Ready = 7,
    }
}
