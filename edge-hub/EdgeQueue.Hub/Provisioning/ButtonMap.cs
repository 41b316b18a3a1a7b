namespace EdgeQueue.Hub.Provisioning;

/// <summary>A dispenser's buttons as a technician types them: <c>1=A,2=B</c> (button number = category prefix).</summary>
public static class ButtonMap
{
    public static Dictionary<string, string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            if (parts is not [{ Length: > 0 } button, { Length: > 0 } prefix])
            {
                throw new ProvisioningException($"buttons: '{pair}' is not BUTTON=CATEGORY (e.g. 1=A)");
            }

            if (!map.TryAdd(button, prefix.ToUpperInvariant()))
            {
                throw new ProvisioningException($"buttons: button {button} is given twice");
            }
        }

        return map.Count > 0 ? map : throw new ProvisioningException("buttons: none given (e.g. 1=A,2=B)");
    }
}
