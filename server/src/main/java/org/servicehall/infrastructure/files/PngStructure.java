package org.servicehall.infrastructure.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A PNG: the signature, then chunks whose lengths fit and whose CRCs match, IHDR first, at least
 * one IDAT, and IEND as the last bytes.
 */
final class PngStructure {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngStructure() {
    }

    static boolean holds(FileBytes bytes) throws IOException {
        long size = bytes.size();
        if (size < 8 + 25 + 12 || !FileBytes.startsWith(bytes.read(0, 8), SIGNATURE)) {
            return false;
        }
        long at = 8;
        boolean first = true;
        boolean data = false;
        while (at + 12 <= size) {
            long length = bytes.u32(at);
            if (length > Integer.MAX_VALUE || at + 12 + length > size) {
                return false;
            }
            byte[] type = bytes.read(at + 4, 4);
            for (byte b : type) {
                if (!Character.isLetter(b)) {
                    return false;
                }
            }
            String name = new String(type, StandardCharsets.US_ASCII);
            CRC32 crc = new CRC32();
            crc.update(type);
            bytes.feed(at + 8, length, crc);
            if (crc.getValue() != bytes.u32(at + 8 + length)) {
                return false;
            }
            if (first && !(name.equals("IHDR") && length == 13 && bytes.u32(at + 8) > 0 && bytes.u32(at + 12) > 0)) {
                return false;
            }
            first = false;
            data |= name.equals("IDAT");
            at += 12 + length;
            if (name.equals("IEND")) {
                return length == 0 && data && at == size;
            }
        }
        return false;
    }
}
