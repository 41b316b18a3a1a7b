using EdgeQueue.Firmware.NanoStubs;

namespace System.Net.NetworkInformation
{
    public enum NetworkInterfaceType
    {
        Unknown = 1,
        Ethernet = 6,
        Wireless80211 = 71,
        WirelessAP = 72,
    }

    public class NetworkInterface
    {
        internal NetworkInterface()
        {
        }

        public string IPv4Address => throw new NotOnHostException();

        public NetworkInterfaceType NetworkInterfaceType => throw new NotOnHostException();

        public static NetworkInterface[] GetAllNetworkInterfaces() => throw new NotOnHostException();
    }
}
