namespace EdgeQueue.Hub.Web;

/// <summary>A refused write of the technician page (400, 403, 409): one line saying why.</summary>
internal sealed record WriteRefusal(string Error);
