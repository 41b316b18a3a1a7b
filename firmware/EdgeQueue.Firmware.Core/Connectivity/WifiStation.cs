using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Core.Connectivity
{
    /// <summary>
    /// The device's Wi-Fi station: joins once per boot with automatic reconnection, then only waits
    /// for the radio to rejoin by itself. Joining again on every retry would scan each time (each
    /// failed scan-join of nanoFramework's helper leaves a scan handler behind, so every later scan
    /// reconnected once per failed attempt) and write the network to flash each time.
    /// </summary>
    public sealed class WifiStation : IWifi
    {
        private readonly IWifiRadio _radio;
        private bool _joinedOnce;

        public WifiStation(IWifiRadio radio)
        {
            _radio = radio;
        }

        public bool IsConnected
        {
            get { return _radio.IsConnected; }
        }

        public int Rssi
        {
            get { return _radio.Rssi; }
        }

        /// <summary>Joins the first time; every later call waits for the radio's own reconnection.</summary>
        public bool Connect(string ssid, string password)
        {
            if (_joinedOnce)
            {
                return _radio.AwaitRejoin();
            }

            // Once asked, the radio keeps the network and reconnects by itself, joined now or not.
            _joinedOnce = true;
            return _radio.Join(ssid, password);
        }
    }
}
