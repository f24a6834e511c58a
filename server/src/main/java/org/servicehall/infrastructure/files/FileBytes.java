package org.servicehall.infrastructure.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Reads at positions of a file without holding it in memory. */
final class FileBytes {

    private final FileChannel channel;
    private final long size;

    FileBytes(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    /** Whether {@code data} starts with {@code prefix}. */
    static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    long size() {
        return size;
    }

    byte[] read(long at, int length) throws IOException {
        int count = (int) Math.max(0, Math.min(length, size - at));
        ByteBuffer buffer = ByteBuffer.allocate(count);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.array();
    }

    /** The position of the first occurrence of {@code pattern} at or after {@code from}; -1 when none. */
    long find(long from, byte[] pattern) throws IOException {
        int chunk = 64 * 1024;
        for (long at = from; at < size; at += chunk - pattern.length + 1) {
            byte[] window = read(at, chunk);
            outer:
            for (int i = 0; i + pattern.length <= window.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (window[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return at + i;
            }
            if (window.length < chunk) {
                break;
            }
        }
        return -1;
    }

    void feed(long at, long length, CRC32 crc) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long done = 0;
        while (done < length) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), length - done));
            int read = channel.read(buffer, at + done);
            if (read <= 0) {
                return;
            }
            buffer.flip();
            crc.update(buffer);
            done += read;
        }
    }

    String latin1(long at, int length) throws IOException {
        return new String(read(at, length), StandardCharsets.ISO_8859_1);
    }

    int u8(long at) throws IOException {
        byte[] b = read(at, 1);
        return b.length == 0 ? -1 : b[0] & 0xFF;
    }

    int u16(long at) throws IOException {
        byte[] b = read(at, 2);
        return b.length < 2 ? -1 : ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
    }

    int u16le(long at) throws IOException {
        byte[] b = read(at, 2);
        return b.length < 2 ? -1 : ((b[1] & 0xFF) << 8) | (b[0] & 0xFF);
    }

    long u32(long at) throws IOException {
        byte[] b = read(at, 4);
        return b.length < 4 ? -1 : ((long) (b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }

    long u32le(long at) throws IOException {
        byte[] b = read(at, 4);
        return b.length < 4 ? -1 : ((long) (b[3] & 0xFF) << 24) | ((b[2] & 0xFF) << 16) | ((b[1] & 0xFF) << 8) | (b[0] & 0xFF);
    }
}
