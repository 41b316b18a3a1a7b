namespace EdgeQueue.Central.Tests;

/// <summary>PESEL numbers for tests: valid checksums and dates of birth, and one with a wrong checksum.</summary>
public static class TestPesel
{
    /// <summary>Born 14 May 1944; checksum 9.</summary>
    public const string Valid = "44051401359";

    /// <summary>Born 1 February 1990 (month 02); checksum 0.</summary>
    public const string Another = "90020112340";

    /// <summary><see cref="Valid"/> with the last digit changed: the checksum fails.</summary>
    public const string WrongChecksum = "44051401358";
}
