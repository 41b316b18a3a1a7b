using System.Globalization;
using System.Text.RegularExpressions;

namespace EdgeQueue.Hardware.Audio;

/// <summary>
/// Builds "Numer A017, zapraszamy do stanowiska numer 5" from clips:
/// gong, "numer", the letter name(s), the ticket's number, a short pause, "zapraszamy do stanowiska
/// numer", the counter number.
/// <para>
/// Leading zeros are not read: "A017" is said "A siedemnaście", as on the printed and displayed
/// number the zeros only pad to three digits, and people hear the value ("A sto siedemnaście" for
/// A117, "A zero" for A000). Letters use their Polish names (B "be", C "ce", J "jot", W "wu").
/// </para>
/// </summary>
public sealed partial class AnnouncementComposer
{
    private readonly VoiceClipSet _clips;

    public AnnouncementComposer(VoiceClipSet clips)
    {
        ArgumentNullException.ThrowIfNull(clips);
        _clips = clips;
    }

    /// <summary>The clip names of a call, in order; throws <see cref="ArgumentException"/> for a malformed number.</summary>
    public static IReadOnlyList<string> CallSequence(string ticketNumber, int counterNumber)
    {
        var (letters, number) = ParseTicket(ticketNumber);
        if (counterNumber is < 1 or > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(counterNumber), counterNumber, "A counter number must be 1..999 to be announced.");
        }

        return
        [
            "gong",
            "numer",
            .. letters.Select(VoiceClipSet.LetterClipName),
            .. PolishNumberWords.ClipNames(number),
            "pause",
            "zapraszamy",
            .. PolishNumberWords.ClipNames(counterNumber),
        ];
    }

    /// <summary>
    /// The clip names of a recall: the call after the gong, opened by "ponownie", so a resident who
    /// missed the first call hears that it is the same number again.
    /// </summary>
    public static IReadOnlyList<string> RecallSequence(string ticketNumber, int counterNumber)
    {
        var call = CallSequence(ticketNumber, counterNumber);
        return [call[0], VoiceClipSet.RecallClipName, .. call.Skip(1)];
    }

    /// <summary>The call as one WAV in the clip set's format.</summary>
    public Announcement ComposeCall(string ticketNumber, int counterNumber)
    {
        var sequence = CallSequence(ticketNumber, counterNumber);
        var text = string.Create(CultureInfo.InvariantCulture, $"Numer {ticketNumber.Trim().ToUpperInvariant()}, zapraszamy do stanowiska numer {counterNumber}");
        return new Announcement(text, sequence, Join(sequence)) { TicketNumber = ticketNumber.Trim().ToUpperInvariant() };
    }

    /// <summary>
    /// "Ponownie numer A017, zapraszamy do stanowiska numer 5" as one WAV; with a clip set that has
    /// no "ponownie" clip, the same words as the first call.
    /// </summary>
    public Announcement ComposeRecall(string ticketNumber, int counterNumber)
    {
        if (!_clips.Contains(VoiceClipSet.RecallClipName))
        {
            return ComposeCall(ticketNumber, counterNumber);
        }

        var sequence = RecallSequence(ticketNumber, counterNumber);
        var text = string.Create(CultureInfo.InvariantCulture, $"Ponownie numer {ticketNumber.Trim().ToUpperInvariant()}, zapraszamy do stanowiska numer {counterNumber}");
        return new Announcement(text, sequence, Join(sequence)) { TicketNumber = ticketNumber.Trim().ToUpperInvariant() };
    }

    /// <summary>Joins clips sample for sample; the set guarantees they share one format.</summary>
    public WavAudio Join(IReadOnlyList<string> clipNames)
    {
        var clips = clipNames.Select(n => _clips[n]).ToList();
        var pcm = new byte[clips.Sum(c => c.Audio.Pcm.Length)];
        var offset = 0;
        foreach (var clip in clips)
        {
            clip.Audio.Pcm.CopyTo(pcm, offset);
            offset += clip.Audio.Pcm.Length;
        }

        return new WavAudio(_clips.Format, pcm);
    }

    private static (string Letters, int Number) ParseTicket(string ticketNumber)
    {
        ArgumentNullException.ThrowIfNull(ticketNumber);
        var match = TicketPattern().Match(ticketNumber.Trim());
        if (!match.Success)
        {
            throw new ArgumentException(
                $"Ticket number '{ticketNumber}' cannot be announced: expected 1–3 letters A–Z and 1–3 digits, e.g. A017.",
                nameof(ticketNumber));
        }

        return (match.Groups["letters"].Value.ToUpperInvariant(), int.Parse(match.Groups["digits"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^(?<letters>[A-Za-z]{1,3})(?<digits>[0-9]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex TicketPattern();
}
