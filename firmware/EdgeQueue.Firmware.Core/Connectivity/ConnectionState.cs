namespace EdgeQueue.Firmware.Core.Connectivity
{
    /// <summary>Where the device is on its way to the hub.</summary>
    public enum ConnectionState
    {
        /// <summary>Not joined to the Wi-Fi network.</summary>
        WifiDown = 0,

        /// <summary>On the network, not connected to the broker.</summary>
        BrokerDown = 1,

        /// <summary>Connected, subscribed, state published.</summary>
        Online = 2,
    }
}
