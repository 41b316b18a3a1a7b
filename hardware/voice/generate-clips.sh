#!/usr/bin/env bash
# Regenerates the default announcement clips from manifest.tsv with espeak-ng (Polish voice) and sox.
# Run once after changing the manifest; the WAVs are committed so a hall machine needs no speech
# engine. Needs: apt-get install -y espeak-ng sox
# Usage: ./generate-clips.sh [NAME…]   (no names: every clip; names: only those, e.g. a new line)
# Every clip: 16 kHz, mono, 16-bit PCM, leading/trailing silence trimmed, peak at -3 dBFS, then a
# short tail of silence so words joined by the composer do not run into each other.
set -euo pipefail
cd "$(dirname "$0")"

for tool in espeak-ng sox; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y espeak-ng sox" >&2; exit 1; }
done

rate=16000
format=(-r "$rate" -c 1 -b 16 -e signed-integer)
speed="${EQ_VOICE_SPEED:-145}"   # words per minute; slower than espeak's 175 for a reverberant hall
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

make_gong() {
  # Two-note chime (E5 then C5), each with a fast attack and a long decay.
  sox -n "${format[@]}" "$tmp/g1.wav" synth 0.55 sine 659.25 sine 1318.5 remix 1,2 fade h 0.005 0.55 0.5 gain -n -6
  sox -n "${format[@]}" "$tmp/g2.wav" synth 0.9 sine 523.25 sine 1046.5 remix 1,2 fade h 0.005 0.9 0.85 gain -n -6
  sox "$tmp/g1.wav" "$tmp/g2.wav" "${format[@]}" "$1" pad 0 0.25
}

count=0
while IFS=$'\t' read -r name file text; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  if [[ $# -gt 0 && " $* " != *" $name "* ]]; then continue; fi
  case "$name" in
    gong) make_gong "$file" ;;
    pause) sox -n "${format[@]}" "$file" trim 0 0.3 ;;
    *)
      espeak-ng -v pl -s "$speed" -w "$tmp/raw.wav" "$text"
      # Trim silence at both ends (reverse trick), normalise, add a 60 ms tail.
      sox "$tmp/raw.wav" "${format[@]}" "$file" \
        silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse \
        gain -n -3 pad 0 0.06
      ;;
  esac
  count=$((count + 1))
done < manifest.tsv

echo "generated $count clips in $(pwd)"
