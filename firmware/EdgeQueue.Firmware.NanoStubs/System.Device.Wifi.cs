using EdgeQueue.Firmware.NanoStubs;

namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic = 0,
        Manual = 1,
    }

    public class WifiAvailableNetwork
    {
        public string Ssid => throw new NotOnHostException();

        public double NetworkRssiInDecibelMilliwatts => throw new NotOnHostException();
    }

    public class WifiNetworkReport
    {
        internal WifiNetworkReport()
        {
        }

        public WifiAvailableNetwork[] AvailableNetworks => throw new NotOnHostException();
    }

    public class WifiAdapter
    {
        internal WifiAdapter()
        {
        }

        public WifiNetworkReport NetworkReport => throw new NotOnHostException();
    }
}
