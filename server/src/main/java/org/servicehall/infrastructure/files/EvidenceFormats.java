package org.servicehall.infrastructure.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The kinds of evidence file the hall keeps, each recognised by its structure from the first byte
 * to the last, not by a few magic bytes: a file that merely starts like a PDF (an HTML page behind
 * {@code %PDF}, a truncated upload) is not one. The checks read what a viewer would rely on; they
 * do not decode images or audio.
 * <ul>
 * <li>PDF: the {@code %PDF-n.n} header, {@code %%EOF} in the last 1024 bytes, and the last
 *     {@code startxref} pointing inside the file at a cross-reference table (followed by a
 *     {@code trailer}) or a cross-reference stream object;</li>
 * <li>JPEG: start of image, marker segments of consistent lengths up to a frame header and the
 *     start of scan, and an end-of-image marker after it;</li>
 * <li>PNG: the signature, then chunks whose lengths fit and whose CRCs match, IHDR first, at least
 *     one IDAT, and IEND as the last bytes;</li>
 * <li>MP3: an optional ID3v2 tag of consistent size, then MPEG audio frame headers whose computed
 *     lengths lead from one frame to the next (two in a row, or one that fills the file);</li>
 * <li>WAV: RIFF/WAVE whose sizes fit the file, a {@code fmt } chunk with a sensible format
 *     before a {@code data} chunk that fits.</li>
 * </ul>
 */
final class EvidenceFormats {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String MP3 = "audio/mpeg";
    static final String WAV = "audio/wav";

    /** The types kept, for the message that lists them. */
    static final List<String> TYPES = List.of(PDF, JPEG, PNG, MP3, WAV);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Pattern PDF_HEADER = Pattern.compile("%PDF-[12]\\.\\d");
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,12})\\s+%%EOF");
    private static final Pattern XREF_STREAM = Pattern.compile("\\d{1,10}\\s+\\d{1,5}\\s+obj\\s*<<.{0,2048}?/Type\\s*/XRef",
            Pattern.DOTALL);

    private EvidenceFormats() {
    }

    /** Whether the file starts like one of the kept types; what it starts like is not yet what it is. */
    static boolean looksLikeAny(byte[] head) {
        return startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))
                || startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(head, PNG_SIGNATURE)
                || startsWith(head, "ID3".getBytes(StandardCharsets.US_ASCII)) || frameHeaderLength(head, 0) > 0
                || startsWith(head, "RIFF".getBytes(StandardCharsets.US_ASCII));
    }

    /** The type whose whole structure the file has; empty when it has none of them. */
    static Optional<String> typeOf(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Bytes bytes = new Bytes(channel);
            if (isPdf(bytes)) {
                return Optional.of(PDF);
            }
            if (isJpeg(bytes)) {
                return Optional.of(JPEG);
            }
            if (isPng(bytes)) {
                return Optional.of(PNG);
            }
            if (isMp3(bytes)) {
                return Optional.of(MP3);
            }
            if (isWav(bytes)) {
                return Optional.of(WAV);
            }
            return Optional.empty();
        }
    }

    // ----- PDF -----------------------------------------------------------------------------------

    private static boolean isPdf(Bytes bytes) throws IOException {
        long size = bytes.size();
        if (size < 32 || !PDF_HEADER.matcher(bytes.latin1(0, 8)).matches()) {
            return false;
        }
        int tailLength = (int) Math.min(size, 1024);
        String tail = bytes.latin1(size - tailLength, tailLength);
        Matcher startxref = STARTXREF.matcher(tail);
        long offset = -1;
        while (startxref.find()) {
            offset = Long.parseLong(startxref.group(1));
        }
        if (offset < 8 || offset >= size) {
            return false;
        }
        String atXref = bytes.latin1(offset, (int) Math.min(4096, size - offset));
        if (atXref.startsWith("xref")) {
            // the trailer dictionary follows the table and precedes startxref, near the end
            long from = Math.max(offset, size - 64 * 1024);
            return bytes.latin1(from, (int) (size - from)).contains("trailer");
        }
        Matcher stream = XREF_STREAM.matcher(atXref);
        return stream.lookingAt();
    }

    // ----- JPEG ----------------------------------------------------------------------------------

    private static boolean isJpeg(Bytes bytes) throws IOException {
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

    // ----- PNG -----------------------------------------------------------------------------------

    private static boolean isPng(Bytes bytes) throws IOException {
        long size = bytes.size();
        if (size < 8 + 25 + 12 || !startsWith(bytes.read(0, 8), PNG_SIGNATURE)) {
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

    // ----- MP3 -----------------------------------------------------------------------------------

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

    private static boolean isMp3(Bytes bytes) throws IOException {
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
    private static int frameHeaderLength(byte[] header, int at) {
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

    // ----- WAV -----------------------------------------------------------------------------------

    private static boolean isWav(Bytes bytes) throws IOException {
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

    private static boolean startsWith(byte[] data, byte[] prefix) {
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

    /** Reads at positions of a file without holding it in memory. */
    private static final class Bytes {

        private final FileChannel channel;
        private final long size;

        Bytes(FileChannel channel) throws IOException {
            this.channel = channel;
            this.size = channel.size();
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
}
