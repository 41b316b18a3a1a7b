namespace EdgeQueue.Hardware.Printing;

/// <summary>QR error correction level as sent in GS ( k fn 169 (n = 48..51).</summary>
public enum QrErrorCorrection : byte
{
    L = 48,
    M = 49,
    Q = 50,
    H = 51,
}
