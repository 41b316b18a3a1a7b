namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>
    /// The ESP32's radio as nanoFramework's Wi-Fi helper drives it. Both calls block for their own
    /// timeout and never throw.
    /// </summary>
    public interface IWifiRadio
    {
        bool IsConnected { get; }

        /// <summary>Signal strength of the joined network in dBm, or 0 when not known.</summary>
        int Rssi { get; }

        /// <summary>
        /// Stores the network in the radio's configuration (a flash write), joins it with automatic
        /// reconnection and waits for an IP address; false when none came in time.
        /// </summary>
        bool Join(string ssid, string password);

        /// <summary>
        /// Waits for the radio's own automatic reconnection to produce an IP address, sending nothing
        /// and starting no scan; false when none came in time.
        /// </summary>
        bool AwaitRejoin();
    }
}
