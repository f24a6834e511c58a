package it.support;

import java.nio.charset.StandardCharsets;

/**
 * A complete one-page PDF (header, objects, cross-reference table, trailer, %%EOF): the hall keeps a
 * file as PDF evidence only when its whole structure is one.
 */
public final class SamplePdf {

    private SamplePdf() {
    }

    /** A PDF showing {@code text} (ASCII, no parentheses or backslashes). */
    public static byte[] of(String text) {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length " + (text.length() + 21) + " >>\nstream\nBT /F1 12 Tf (" + text + ") Tj ET\nendstream"};
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        long xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (long offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
