using System.Device.Wifi;
using System.Threading;
using EdgeQueue.Firmware.NanoStubs;

namespace nanoFramework.Networking
{
    public static class WifiNetworkHelper
    {
        public static WifiAdapter WifiAdapter => throw new NotOnHostException();

        public static bool ConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind, bool requiresDateTime, int wifiAdapterId, CancellationToken token)
            => throw new NotOnHostException();

        public static bool Reconnect(bool requiresDateTime, int wifiAdapterId, CancellationToken token) => throw new NotOnHostException();
    }
}
