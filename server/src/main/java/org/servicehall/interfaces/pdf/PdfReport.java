package org.servicehall.interfaces.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A plain A4 document of titled sections: label/value rows, full-width lines and small tables,
 * with a running footer ({@code text · n}) on every page. Text is placed as text, never parsed,
 * so nothing a citizen typed can change the document's layout.
 */
public final class PdfReport {

    private static final Color INK = new Color(0x11, 0x11, 0x11);
    private static final Color MUTED = new Color(0x44, 0x4b, 0x55);
    private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
    private static final Color HEAD = new Color(0xf0, 0xf0, 0xf0);
    private static final Color ACCENT = new Color(0x0b, 0x5c, 0xab);

    /** The room (pt) a heading needs below it for its first rows; less than this starts a new page. */
    private static final float KEEP_WITH_HEADING = 110;

    private final PdfFonts fonts;
    private final Document document = new Document(PageSize.A4, 48, 48, 56, 56);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    private final PdfWriter writer;
    private PdfPTable table;

    private PdfReport(PdfFonts fonts, String title, String footer) {
        this.fonts = fonts;
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(fonts, footer));
        document.addTitle(title);
        document.addCreator("ServiceHall");
        document.open();
    }

    /** Starts a document; {@code footer} is printed with the page number at the foot of every page. */
    public static PdfReport start(PdfFonts fonts, String title, String footer) {
        return new PdfReport(fonts, title, footer);
    }

    public PdfReport title(String text) {
        Paragraph p = new Paragraph(fonts.phrase(text, 18, Font.BOLD, ACCENT));
        p.setSpacingAfter(6);
        add(p);
        return this;
    }

    /** A centred title block, e.g. the cover of a report. */
    public PdfReport cover(String title, List<String> lines) {
        Paragraph t = new Paragraph(fonts.phrase(title, 22, Font.BOLD, ACCENT));
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingBefore(24);
        t.setSpacingAfter(12);
        add(t);
        for (String line : lines) {
            Paragraph p = new Paragraph(fonts.phrase(line, 12, Font.NORMAL, INK));
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(4);
            add(p);
        }
        Paragraph gap = new Paragraph(" ");
        gap.setSpacingAfter(12);
        add(gap);
        return this;
    }

    public PdfReport note(String text) {
        Paragraph p = new Paragraph(fonts.phrase(text, 9, Font.NORMAL, MUTED));
        p.setSpacingAfter(4);
        add(p);
        return this;
    }

    /** A section heading; the rows that follow go into its table. */
    public PdfReport section(String heading) {
        flush();
        if (writer.getVerticalPosition(true) - document.bottom() < KEEP_WITH_HEADING) {
            // a heading never stands alone at the foot of a page
            document.newPage();
        }
        Paragraph p = new Paragraph(fonts.phrase(heading, 13, Font.BOLD, INK));
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        add(p);
        return this;
    }

    public PdfReport row(String label, String value) {
        PdfPTable t = rows();
        t.addCell(cell(label, true, 1));
        t.addCell(cell(value, false, 1));
        return this;
    }

    /** A row over the whole width, e.g. one entry of a list. */
    public PdfReport line(String text) {
        rows().addCell(cell(text, false, 2));
        return this;
    }

    /** A table of its own with a header row; columns share the width by {@code widths}. */
    public PdfReport table(float[] widths, List<String> header, List<List<String>> body) {
        flush();
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        header.forEach(h -> t.addCell(cell(h, true, 1)));
        body.forEach(r -> r.forEach(v -> t.addCell(cell(v, false, 1))));
        add(t);
        return this;
    }

    /** The finished document. */
    public byte[] finish() {
        flush();
        document.close();
        return out.toByteArray();
    }

    private PdfPTable rows() {
        if (table == null) {
            table = new PdfPTable(new float[] {2, 5});
            table.setWidthPercentage(100);
        }
        return table;
    }

    private void flush() {
        if (table != null) {
            add(table);
            table = null;
        }
    }

    private PdfPCell cell(String text, boolean head, int span) {
        PdfPCell cell = new PdfPCell(fonts.phrase(text == null || text.isBlank() ? "—" : text, 10, Font.NORMAL, INK));
        cell.setColspan(span);
        cell.setPadding(4);
        cell.setBorderColor(RULE);
        if (head) {
            cell.setBackgroundColor(HEAD);
        }
        return cell;
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF layout failed", e);
        }
    }

    /** The footer line with the page number. */
    private static final class Footer extends PdfPageEventHelper {

        private final PdfFonts fonts;
        private final String text;

        Footer(PdfFonts fonts, String text) {
            this.fonts = fonts;
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            Phrase phrase = fonts.phrase(text + " · " + writer.getPageNumber(), 8, Font.NORMAL, MUTED);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, phrase,
                    (page.getLeft() + page.getRight()) / 2, page.getBottom() + 28, 0);
        }
    }
}
