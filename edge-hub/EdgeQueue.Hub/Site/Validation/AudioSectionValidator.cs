namespace EdgeQueue.Hub.Site.Validation;

/// <summary>Audio: where announcements go, how often they repeat, which clips they use.</summary>
internal sealed class AudioSectionValidator(SiteProblems problems)
{
    public AudioSettings Build(AudioSection? fromFile)
    {
        var section = fromFile ?? new AudioSection();
        var output = section.Output switch
        {
            null or "auto" => AudioOutput.Auto,
            "aplay" => AudioOutput.Aplay,
            "folder" => AudioOutput.Folder,
            "none" => AudioOutput.None,
            _ => (AudioOutput?)null,
        };
        if (output is null)
        {
            problems.Add($"audio.output: '{section.Output}' must be auto, aplay, folder or none");
        }

        var repeat = section.Repeat ?? 1;
        if (repeat is < 1 or > 3)
        {
            problems.Add($"audio.repeat: {repeat} must be 1, 2 or 3");
        }

        return new AudioSettings(output ?? AudioOutput.Auto, section.Device, section.Folder ?? "announcements", repeat, section.Clips);
    }
}
