package it.support;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The text of a PDF document, page by page, as OpenPDF extracts it. */
public final class PdfText {

    private PdfText() {
    }

    public static boolean isPdf(byte[] body) {
        return body.length > 4 && "%PDF".equals(new String(body, 0, 4, StandardCharsets.US_ASCII));
    }

    public static String of(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                return text.toString();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }

    public static int pages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }
}
