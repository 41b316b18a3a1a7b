namespace EdgeQueue.Contracts.Messages;

/// <summary>The <c>paper</c> values of a dispenser's state.</summary>
public static class PaperStates
{
    public const string Ok = "ok";
    public const string Low = "low";
    public const string Out = "out";
}
