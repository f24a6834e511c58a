package org.servicehall.infrastructure.files;

import java.io.IOException;

/**
 * A JPEG: start of image, marker segments of consistent lengths up to a frame header and the start
 * of scan, and an end-of-image marker after it.
 */
final class JpegStructure {

    private JpegStructure() {
    }

    static boolean holds(FileBytes bytes) throws IOException {
        long size = bytes.size();
        if (size < 8 || bytes.u8(0) != 0xFF || bytes.u8(1) != 0xD8) {
            return false;
        }
        long at = 2;
        boolean frame = false;
        while (at + 4 <= size) {
            if (bytes.u8(at) != 0xFF) {
                return false;
            }
            int marker = bytes.u8(at + 1);
            while (marker == 0xFF && at + 2 < size) {
                // fill bytes before a marker
                at++;
                marker = bytes.u8(at + 1);
            }
            if (marker == 0xD8 || marker == 0xD9 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                return false;
            }
            int length = bytes.u16(at + 2);
            if (length < 2 || at + 2 + length > size) {
                return false;
            }
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                frame = length >= 8 && bytes.u16(at + 5) > 0 && bytes.u16(at + 7) > 0;
            }
            if (marker == 0xDA) {
                // entropy-coded data (and further scans) follow; stuffed bytes keep FF D9 out of them, so
                // the first FF D9 is the end of the image. Phones may append data of their own after it.
                return frame && bytes.find(at + 2 + length, new byte[] {(byte) 0xFF, (byte) 0xD9}) >= 0;
            }
            at += 2 + length;
        }
        return false;
    }
}
