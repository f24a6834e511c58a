package org.servicehall.interfaces.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fonts of ServiceHall's PDF documents. A CJK font from the machine is embedded when one is
 * found ({@code servicehall.pdf.font}, else Noto Sans CJK SC or Microsoft YaHei at their usual
 * places), so the document looks the same everywhere and its text can be copied and searched.
 * Without one, Latin text is set in Helvetica and Chinese in the PDF standard font STSong-Light
 * (not embedded; every PDF reader with Asian font support shows it).
 */
@ApplicationScoped
public class PdfFonts {

    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

    /** Font files tried in this order; {@code ,n} picks a face of a font collection. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
            "/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc,2",
            "C:/Windows/Fonts/msyh.ttc,0",
            "/System/Library/Fonts/PingFang.ttc,0");

    @Inject
    @ConfigProperty(name = "servicehall.pdf.font", defaultValue = " ")
    String configured;

    private BaseFont embedded;
    private BaseFont latin;
    private BaseFont chinese;

    @PostConstruct
    void load() {
        List<String> tried = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            tried.add(configured.strip());
        }
        tried.addAll(CANDIDATES);
        embedded = tried.stream().map(PdfFonts::open).flatMap(Optional::stream).findFirst().orElse(null);
        try {
            latin = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            chinese = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("the PDF standard fonts are missing from OpenPDF", e);
        }
        if (embedded == null) {
            LOG.log(Level.WARNING, "No CJK font file found for PDF documents (set servicehall.pdf.font); "
                    + "Chinese text uses the non-embedded STSong-Light");
        } else {
            LOG.log(Level.INFO, "PDF documents embed the font {0}", embedded.getPostscriptFontName());
        }
    }

    private static Optional<BaseFont> open(String spec) {
        int comma = spec.lastIndexOf(',');
        String file = comma > 0 && spec.substring(comma + 1).matches("\\d+") ? spec.substring(0, comma) : spec;
        if (!Files.isReadable(Path.of(file))) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "Font {0} cannot be used for PDF documents: {1}", new Object[] {spec, e.toString()});
            return Optional.empty();
        }
    }

    /** The text as a phrase whose every character has a font that can draw it. */
    public Phrase phrase(String text, float size, int style, Color colour) {
        FontSelector selector = new FontSelector();
        if (embedded != null) {
            selector.addFont(new Font(embedded, size, style, colour));
        }
        selector.addFont(new Font(latin, size, style, colour));
        selector.addFont(new Font(chinese, size, style, colour));
        return selector.process(text == null ? "" : text);
    }
}
