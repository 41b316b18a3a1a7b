namespace EdgeQueue.Simulator.Faults;

public enum FaultKind
{
    /// <summary><c>hub-kill</c>: kill -9 of the hub process, then start it again on the same data.</summary>
    HubKill,

    /// <summary><c>broker-restart</c>: stop the site broker, keep it down for the duration, start it again.</summary>
    BrokerRestart,

    /// <summary><c>wifi-cut:DEVICE</c>: the device's Wi-Fi drops for the duration, then returns.</summary>
    WifiCut,

    /// <summary><c>paper-out:DISPENSER</c>: its kiosk printer runs out of paper; refilled after the duration (and the dispenser restarted).</summary>
    PaperOut,
}
