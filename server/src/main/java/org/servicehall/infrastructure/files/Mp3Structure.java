package org.servicehall.infrastructure.files;

import java.io.IOException;

/**
 * An MP3: an optional ID3v2 tag of consistent size, then MPEG audio frame headers whose computed
 * lengths lead from one frame to the next (two in a row, or one that fills the file).
 */
final class Mp3Structure {

    private static final int[][] BITRATES = {
            {32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG-1 layer I
            {32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},    // MPEG-1 layer II
            {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},     // MPEG-1 layer III
            {32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},    // MPEG-2/2.5 layer I
            {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}};        // MPEG-2/2.5 layers II, III
    private static final int[][] SAMPLE_RATES = {
            {11025, 12000, 8000},  // MPEG-2.5
            null,                  // reserved
            {22050, 24000, 16000}, // MPEG-2
            {44100, 48000, 32000}};// MPEG-1

    private Mp3Structure() {
    }

    static boolean holds(FileBytes bytes) throws IOException {
        long size = bytes.size();
        long at = 0;
        if (size >= 10 && bytes.latin1(0, 3).equals("ID3")) {
            int major = bytes.u8(3);
            int flags = bytes.u8(5);
            if (major < 2 || major > 4 || bytes.u8(4) == 0xFF) {
                return false;
            }
            long tagSize = 0;
            for (int i = 6; i < 10; i++) {
                int b = bytes.u8(i);
                if (b >= 0x80) {
                    return false;
                }
                tagSize = (tagSize << 7) | b;
            }
            at = 10 + tagSize + ((flags & 0x10) != 0 ? 10 : 0);
            // some encoders pad after the tag
            long limit = Math.min(size, at + 4096);
            while (at < limit && bytes.u8(at) == 0) {
                at++;
            }
        }
        if (at + 4 > size) {
            return false;
        }
        int first = frameHeaderLength(bytes.read(at, 4), 0);
        if (first <= 0 || at + first > size) {
            return false;
        }
        long next = at + first;
        if (next == size) {
            return true;
        }
        return next + 4 <= size && frameHeaderLength(bytes.read(next, 4), 0) > 0;
    }

    /** The length of the MPEG audio frame whose header starts at {@code at}; 0 when it is none. */
    static int frameHeaderLength(byte[] header, int at) {
        if (header.length < at + 4) {
            return 0;
        }
        int b1 = header[at] & 0xFF;
        int b2 = header[at + 1] & 0xFF;
        int b3 = header[at + 2] & 0xFF;
        if (b1 != 0xFF || (b2 & 0xE0) != 0xE0) {
            return 0;
        }
        int version = (b2 >> 3) & 0x03;
        int layer = (b2 >> 1) & 0x03;
        int bitrateIndex = (b3 >> 4) & 0x0F;
        int rateIndex = (b3 >> 2) & 0x03;
        int padding = (b3 >> 1) & 0x01;
        if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return 0;
        }
        boolean mpeg1 = version == 3;
        int layerNumber = 4 - layer;
        int table = mpeg1 ? layerNumber - 1 : layerNumber == 1 ? 3 : 4;
        int bitrate = BITRATES[table][bitrateIndex - 1] * 1000;
        int sampleRate = SAMPLE_RATES[version][rateIndex];
        if (layerNumber == 1) {
            return (12 * bitrate / sampleRate + padding) * 4;
        }
        int factor = layerNumber == 3 && !mpeg1 ? 72 : 144;
        return factor * bitrate / sampleRate + padding;
    }
}
