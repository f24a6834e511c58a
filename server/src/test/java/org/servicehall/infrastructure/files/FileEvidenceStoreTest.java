package org.servicehall.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.application.InvalidInputException;
import org.servicehall.domain.model.complaint.Evidence;

/**
 * Evidence files are kept by what they are from end to end, on real files made here with the
 * JDK's image and sound writers and OpenPDF; disguised, cut-off and damaged ones are refused, and
 * names are kept as plain file names.
 */
class FileEvidenceStoreTest {

    @TempDir
    Path dataDir;

    private FileEvidenceStore store;

    @BeforeEach
    void store() {
        store = new FileEvidenceStore();
        store.dataDir = dataDir.toString();
        store.maxBytes = 20L * 1024 * 1024;
    }

    @Test
    void complete_files_of_each_kept_type_are_kept_with_the_type_found() throws Exception {
        assertEquals("application/pdf", keep("letter.pdf", pdf()).contentType());
        assertEquals("image/png", keep("photo.png", image("png")).contentType());
        assertEquals("image/jpeg", keep("photo.jpg", image("jpg")).contentType());
        assertEquals("audio/wav", keep("call.wav", wav()).contentType());
        assertEquals("audio/mpeg", keep("call.mp3", mp3(true, 5)).contentType());
        assertEquals("audio/mpeg", keep("call-untagged.mp3", mp3(false, 3)).contentType());
    }

    @Test
    void the_type_the_client_claims_does_not_count() throws Exception {
        Evidence.StoredFile kept = store.store("photo.pdf", "application/pdf", new ByteArrayInputStream(image("png")));
        assertEquals("image/png", kept.contentType());
    }

    @Test
    void a_file_that_only_starts_like_a_kept_type_is_refused_as_malformed() throws Exception {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertMalformed("page.pdf", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), html));
        assertMalformed("page.png", concat(Arrays.copyOf(image("png"), 8), html));
        assertMalformed("page.jpg", concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, html));
        assertMalformed("page.mp3", concat("ID3".getBytes(StandardCharsets.US_ASCII), html));
        assertMalformed("page.wav", concat("RIFF\u0010\u0000\u0000\u0000WAVE".getBytes(StandardCharsets.ISO_8859_1), html));
        assertEquals(0, storedFiles(), "nothing refused is left behind");
    }

    @Test
    void cut_off_files_are_refused_as_malformed() throws Exception {
        for (String name : new String[] {"cut.pdf", "cut.png", "cut.jpg", "cut.wav"}) {
            byte[] whole = switch (name) {
                case "cut.pdf" -> pdf();
                case "cut.png" -> image("png");
                case "cut.jpg" -> image("jpg");
                default -> wav();
            };
            assertMalformed(name, Arrays.copyOf(whole, whole.length * 2 / 3));
        }
        byte[] mp3 = mp3(true, 5);
        assertMalformed("cut.mp3", Arrays.copyOf(mp3, 10 + 64 + 200));
    }

    @Test
    void a_png_with_a_damaged_chunk_is_refused_as_malformed() throws Exception {
        byte[] png = image("png");
        png[8 + 8 + 5] ^= 0x01; // a byte of IHDR's data: its CRC no longer matches
        assertMalformed("damaged.png", png);
    }

    @Test
    void a_pdf_whose_startxref_points_nowhere_is_refused_as_malformed() throws Exception {
        String text = new String(pdf(), StandardCharsets.ISO_8859_1);
        String broken = text.replaceAll("startxref\\s+\\d+", "startxref\n7");
        assertMalformed("broken.pdf", broken.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void other_files_are_refused_by_type() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> store.store("page.html", "text/html", new ByteArrayInputStream("<html></html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("type", refused.violations().get(0).code());
    }

    @Test
    void names_lose_folders_control_and_format_characters() throws Exception {
        assertEquals("photo.png", keep("C:\\Users\\wang\\photo.png", image("png")).fileName());
        assertEquals("photo.png", keep("../../etc/photo.png", image("png")).fileName());
        assertEquals("photo.png", keep("pho\u0000to\r\n.png", image("png")).fileName());
        // right-to-left override: "gnp.exe" would show as "exe.png"
        assertEquals("invoice gnp.exe", keep("invoice \u202Egnp.exe", image("png")).fileName());
        assertEquals("ab.png", keep("a\u200Bb\u2066.png\u2069", image("png")).fileName());
        assertEquals("投诉材料.png", keep("投诉材料.png", image("png")).fileName());
        for (String unusable : new String[] {"", "   ", "\u202E\u0007", "..", "folder/", "x".repeat(201) + ".png"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> store.store(unusable, null, new ByteArrayInputStream(image("png"))), unusable);
            assertEquals("fileName", refused.violations().get(0).field());
        }
    }

    // ----- files -------------------------------------------------------------------------------

    private Evidence.StoredFile keep(String name, byte[] content) throws IOException {
        return store.store(name, null, new ByteArrayInputStream(content));
    }

    private void assertMalformed(String name, byte[] content) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> store.store(name, null, new ByteArrayInputStream(content)), name);
        assertEquals("file", refused.violations().get(0).field(), name);
        assertEquals("malformed", refused.violations().get(0).code(), name);
    }

    private long storedFiles() throws IOException {
        Path root = dataDir.resolve("evidence");
        if (Files.notExists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] pdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Evidence: receipt of the window visit"));
        document.close();
        return out.toByteArray();
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(8, 8, 40, 24);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), format);
        return out.toByteArray();
    }

    private static byte[] wav() throws IOException {
        AudioFormat format = new AudioFormat(8000f, 16, 1, true, false);
        byte[] samples = new byte[8000 * 2 / 4];
        for (int i = 0; i < samples.length; i += 2) {
            short value = (short) (Math.sin(i / 8.0) * 8000);
            samples[i] = (byte) value;
            samples[i + 1] = (byte) (value >> 8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(samples), format, samples.length / 2),
                AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    /** MPEG-1 layer III frames at 128 kbit/s and 44.1 kHz (417 bytes each, silent), after an ID3v2.3 tag. */
    private static byte[] mp3(boolean tagged, int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (tagged) {
            byte[] tag = new byte[64];
            out.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, (byte) tag.length});
            out.writeBytes(tag);
        }
        for (int i = 0; i < frames; i++) {
            byte[] frame = new byte[417];
            frame[0] = (byte) 0xFF;
            frame[1] = (byte) 0xFB;
            frame[2] = (byte) 0x90;
            frame[3] = (byte) 0x64;
            out.writeBytes(frame);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
