using EdgeQueue.Hardware.Indicators;

namespace EdgeQueue.Hub.Fixtures;

/// <summary>
/// What the status light says, from the hub's facts, most urgent first: red when tickets cannot be
/// issued as they should (the store refuses commits, a printer is out of paper), blue blinking in
/// technician mode, amber when central is unreachable (the hall still serves), green otherwise.
/// </summary>
public sealed record HubCondition(bool StorageFailing, bool PrinterOutOfPaper, bool TechnicianMode, bool CentralDown)
{
    public (StatusLightColor Color, bool Blinking) Light() => this switch
    {
        { StorageFailing: true } or { PrinterOutOfPaper: true } => (StatusLightColor.Red, false),
        { TechnicianMode: true } => (StatusLightColor.Blue, true),
        { CentralDown: true } => (StatusLightColor.Amber, false),
        _ => (StatusLightColor.Green, false),
    };
}
