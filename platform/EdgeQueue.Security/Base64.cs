namespace EdgeQueue.Security;

internal static class Base64
{
    public static bool TryDecode(string text, out byte[]? bytes)
    {
        try
        {
            bytes = Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = null;
            return false;
        }
    }
}
