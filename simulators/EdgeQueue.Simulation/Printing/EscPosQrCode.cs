namespace EdgeQueue.Simulation.Printing;

/// <summary>A QR symbol printed with GS ( k: its payload and the settings in force at print time.</summary>
public sealed record EscPosQrCode(byte[] Payload, int Model, int ModuleSize, char ErrorCorrection, int LineIndex)
{
    public string PayloadText => System.Text.Encoding.ASCII.GetString(Payload);
}
