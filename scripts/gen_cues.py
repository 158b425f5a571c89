#!/usr/bin/env python3
"""Synthesizes the guided-session cue sounds (standard library only).

    python3 scripts/gen_cues.py            # writes resources/sounds/*.wav

tick.wav   a short, soft wooden "tick" for the 3-2-1 countdown before a phase change
phase.wav  a two-note chime (rising fifth) when a new phase begins
done.wav   a three-note falling chime when the session ends

Mono, 16-bit, 44.1 kHz, with short fades so nothing clicks. The output is deterministic, so
re-running the script does not change the committed files.
"""
import math
import os
import struct
import wave

RATE = 44100
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "sounds")


def tone(freq, seconds, volume=0.5, decay=6.0, harmonics=((1, 1.0), (2, 0.25), (3, 0.08))):
    n = int(RATE * seconds)
    attack = int(RATE * 0.004)
    samples = []
    for i in range(n):
        t = i / RATE
        env = math.exp(-decay * t)
        if i < attack:
            env *= i / attack
        tail = n - i
        if tail < attack * 4:
            env *= tail / (attack * 4)
        v = sum(a * math.sin(2 * math.pi * freq * h * t) for h, a in harmonics)
        samples.append(volume * env * v / sum(a for _, a in harmonics))
    return samples


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def mix(*parts):
    out = []
    for p in parts:
        out.extend(p)
    return out


def write(name, samples):
    path = os.path.join(OUT, name)
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))
    print("wrote", os.path.relpath(path))


def main():
    os.makedirs(OUT, exist_ok=True)
    write("tick.wav", tone(1320, 0.07, volume=0.45, decay=45.0, harmonics=((1, 1.0), (2.7, 0.3))))
    write("phase.wav", mix(tone(660, 0.16, volume=0.5, decay=9.0), tone(990, 0.42, volume=0.5, decay=6.0)))
    write("done.wav", mix(tone(990, 0.16, volume=0.45, decay=9.0), tone(784, 0.16, volume=0.45, decay=9.0),
                          tone(660, 0.6, volume=0.45, decay=4.5), silence(0.05)))


if __name__ == "__main__":
    main()
