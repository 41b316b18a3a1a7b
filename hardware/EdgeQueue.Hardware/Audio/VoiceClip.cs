namespace EdgeQueue.Hardware.Audio;

/// <summary>One recorded word or sound of the announcement voice.</summary>
public sealed record VoiceClip(string Name, string FileName, string Text, WavAudio Audio);
