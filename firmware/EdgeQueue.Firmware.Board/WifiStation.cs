using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using EdgeQueue.Firmware.Core.Hardware;
using nanoFramework.Networking;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>
    /// The ESP32's Wi-Fi station through nanoFramework's WifiNetworkHelper: scan, join with DHCP,
    /// and remember the joined network's signal strength from the scan for the state message.
    /// </summary>
    public sealed class WifiStation : IWifi
    {
        /// <summary>How long one join may take before the core's back-off takes over.</summary>
        public const int JoinTimeoutMs = 20000;

        private bool _triedBefore;

        public int Rssi { get; private set; }

        public bool IsConnected
        {
            get
            {
                try
                {
                    var interfaces = NetworkInterface.GetAllNetworkInterfaces();
                    for (var i = 0; i < interfaces.Length; i++)
                    {
                        var address = interfaces[i].IPv4Address;
                        if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211
                            && address != null && address.Length > 0 && address != "0.0.0.0")
                        {
                            return true;
                        }
                    }
                }
                catch (Exception)
                {
                    // No network interface yet.
                }

                return false;
            }
        }

        public bool Connect(string ssid, string password)
        {
            try
            {
                if (_triedBefore)
                {
                    // The helper keeps its state from the last attempt; start clean.
                    WifiNetworkHelper.Reset();
                }

                _triedBefore = true;
                var timeout = new CancellationTokenSource(JoinTimeoutMs);
                var joined = WifiNetworkHelper.ScanAndConnectDhcp(ssid, password, WifiReconnectionKind.Automatic, false, 0, timeout.Token);
                timeout.Dispose();
                if (joined)
                {
                    Rssi = SignalOf(ssid);
                }

                return joined;
            }
            catch (Exception)
            {
                return false;
            }
        }

        private static int SignalOf(string ssid)
        {
            var adapter = WifiNetworkHelper.WifiAdapter;
            if (adapter == null)
            {
                return 0;
            }

            var networks = adapter.NetworkReport.AvailableNetworks;
            for (var i = 0; i < networks.Length; i++)
            {
                if (networks[i].Ssid == ssid)
                {
                    return (int)networks[i].NetworkRssiInDecibelMilliwatts;
                }
            }

            return 0;
        }
    }
}
