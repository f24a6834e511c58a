package org.servicehall.infrastructure.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of evidence file the hall keeps, each recognised by its structure from the first byte
 * to the last, not by a few magic bytes: a file that merely starts like a PDF (an HTML page behind
 * {@code %PDF}, a truncated upload) is not one. The checks read what a viewer would rely on; they
 * do not decode images or audio. Each kind's structure is one class: {@link PdfStructure},
 * {@link JpegStructure}, {@link PngStructure}, {@link Mp3Structure}, {@link WavStructure}.
 */
final class EvidenceFormats {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String MP3 = "audio/mpeg";
    static final String WAV = "audio/wav";

    /** The types kept, for the message that lists them. */
    static final List<String> TYPES = List.of(PDF, JPEG, PNG, MP3, WAV);

    private EvidenceFormats() {
    }

    /** Whether the file starts like one of the kept types; what it starts like is not yet what it is. */
    static boolean looksLikeAny(byte[] head) {
        return FileBytes.startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))
                || FileBytes.startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || FileBytes.startsWith(head, PngStructure.SIGNATURE)
                || FileBytes.startsWith(head, "ID3".getBytes(StandardCharsets.US_ASCII))
                || Mp3Structure.frameHeaderLength(head, 0) > 0
                || FileBytes.startsWith(head, "RIFF".getBytes(StandardCharsets.US_ASCII));
    }

    /** The type whose whole structure the file has; empty when it has none of them. */
    static Optional<String> typeOf(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileBytes bytes = new FileBytes(channel);
            if (PdfStructure.holds(bytes)) {
                return Optional.of(PDF);
            }
            if (JpegStructure.holds(bytes)) {
                return Optional.of(JPEG);
            }
            if (PngStructure.holds(bytes)) {
                return Optional.of(PNG);
            }
            if (Mp3Structure.holds(bytes)) {
                return Optional.of(MP3);
            }
            if (WavStructure.holds(bytes)) {
                return Optional.of(WAV);
            }
            return Optional.empty();
        }
    }
}
