namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>The Wi-Fi station interface. <see cref="Connect"/> may block for its own timeout.</summary>
    public interface IWifi
    {
        bool IsConnected { get; }

        /// <summary>Signal strength of the joined network in dBm, or 0 when not known.</summary>
        int Rssi { get; }

        /// <summary>Joins the network and waits for an IP address; false on failure, never throws.</summary>
        bool Connect(string ssid, string password);
    }
}
