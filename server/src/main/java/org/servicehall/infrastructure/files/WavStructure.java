package org.servicehall.infrastructure.files;

import java.io.IOException;

/**
 * A WAV: RIFF/WAVE whose sizes fit the file, a {@code fmt } chunk with a sensible format before a
 * {@code data} chunk that fits.
 */
final class WavStructure {

    private WavStructure() {
    }

    static boolean holds(FileBytes bytes) throws IOException {
        long size = bytes.size();
        if (size < 44 || !bytes.latin1(0, 4).equals("RIFF") || !bytes.latin1(8, 4).equals("WAVE")) {
            return false;
        }
        long riffEnd = 8 + bytes.u32le(4);
        if (riffEnd > size || riffEnd < 12) {
            return false;
        }
        long at = 12;
        boolean format = false;
        while (at + 8 <= riffEnd) {
            String id = bytes.latin1(at, 4);
            long length = bytes.u32le(at + 4);
            if (!id.chars().allMatch(c -> c >= 0x20 && c < 0x7F) || at + 8 + length > riffEnd) {
                return false;
            }
            if (id.equals("fmt ")) {
                format = length >= 16 && bytes.u16le(at + 8) != 0 && bytes.u16le(at + 10) >= 1
                        && bytes.u16le(at + 10) <= 32 && bytes.u32le(at + 12) > 0 && bytes.u32le(at + 12) <= 768_000
                        && bytes.u16le(at + 20) > 0;
            } else if (id.equals("data")) {
                return format;
            }
            at += 8 + length + (length & 1);
        }
        return false;
    }
}
