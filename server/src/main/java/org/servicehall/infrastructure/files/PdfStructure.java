package org.servicehall.infrastructure.files;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF: the {@code %PDF-n.n} header, {@code %%EOF} in the last 1024 bytes, and the last
 * {@code startxref} pointing inside the file at a cross-reference table (followed by a
 * {@code trailer}) or a cross-reference stream object.
 */
final class PdfStructure {

    private static final Pattern PDF_HEADER = Pattern.compile("%PDF-[12]\\.\\d");
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,12})\\s+%%EOF");
    private static final Pattern XREF_STREAM = Pattern.compile("\\d{1,10}\\s+\\d{1,5}\\s+obj\\s*<<.{0,2048}?/Type\\s*/XRef",
            Pattern.DOTALL);

    private PdfStructure() {
    }

    static boolean holds(FileBytes bytes) throws IOException {
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
}
