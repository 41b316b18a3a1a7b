using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using EdgeQueue.Firmware.Core.Hardware;
using nanoFramework.Networking;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>
    /// The ESP32's radio through nanoFramework's WifiNetworkHelper, as its documentation advises:
    /// <c>ConnectDhcp</c> once (stores the network, joins with automatic reconnection, no scan), then
    /// <c>Reconnect</c>, which only waits for the platform's own rejoin.
    /// </summary>
    public sealed class EspWifiRadio : IWifiRadio
    {
        /// <summary>How long one join or wait may take before the core's back-off takes over.</summary>
        public const int TimeoutMs = 20000;

        private int _rssi;

        public int Rssi
        {
            get { return _rssi; }
        }

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

        public bool Join(string ssid, string password)
        {
            try
            {
                var timeout = new CancellationTokenSource(TimeoutMs);
                var joined = WifiNetworkHelper.ConnectDhcp(ssid, password, WifiReconnectionKind.Automatic, false, 0, timeout.Token);
                timeout.Dispose();
                _rssi = joined ? SignalOf(ssid) : 0;
                return joined;
            }
            catch (Exception)
            {
                return false;
            }
        }

        public bool AwaitRejoin()
        {
            try
            {
                var timeout = new CancellationTokenSource(TimeoutMs);
                var joined = WifiNetworkHelper.Reconnect(false, 0, timeout.Token);
                timeout.Dispose();
                return joined;
            }
            catch (Exception)
            {
                return false;
            }
        }

        /// <summary>The joined network's signal from the radio's last scan report (0 when it holds none).</summary>
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
