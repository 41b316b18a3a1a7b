namespace EdgeQueue.Hub.Site;

/// <summary>How calls are announced.</summary>
/// <param name="Folder">Where WAV files go with <see cref="AudioOutput.Folder"/> (relative paths are under the data folder).</param>
/// <param name="ClipsFolder">Recorded clips replacing the default set; null for the default.</param>
public sealed record AudioSettings(AudioOutput Output, string? Device, string Folder, int Repeat, string? ClipsFolder);
