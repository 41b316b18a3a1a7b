using EdgeQueue.Hardware.Audio;
using EdgeQueue.Testing;

namespace EdgeQueue.Hardware.Tests.Audio;

/// <summary>Voice folders for tests that change one: a copy of the default set, as a voice talent's folder would start.</summary>
internal static class VoiceFolders
{
    public static TempDirectory CopyOfDefault()
    {
        var folder = new TempDirectory("eq-voice");
        foreach (var file in Directory.GetFiles(VoiceClipSet.DefaultFolder))
        {
            File.Copy(file, folder.File(Path.GetFileName(file)));
        }

        return folder;
    }
}
