package org.servicehall.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String URL = "https://hall.example.gov.cn/kiosk/track.xhtml?n=TS-20261128-00042&c=123456";

    @Test
    void the_svg_draws_a_qr_code_that_reads_back_as_the_address() throws Exception {
        String svg = QrCodes.svg(URL);
        assertEquals(URL, decode(svg));
    }

    @Test
    void the_image_address_is_the_svg_in_base64() {
        String uri = QrCodes.svgDataUri(URL);
        assertTrue(uri.startsWith("data:image/svg+xml;base64,"));
        String svg = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)));
        assertEquals(QrCodes.svg(URL), svg);
    }

    /** Paints the SVG's modules into pixels (4 per module) and lets ZXing read them. */
    private static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
        assertTrue(box.find());
        int modules = Integer.parseInt(box.group(1));
        int scale = 4;
        int size = modules * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            int mx = Integer.parseInt(module.group(1));
            int my = Integer.parseInt(module.group(2));
            for (int y = my * scale; y < (my + 1) * scale; y++) {
                for (int x = mx * scale; x < (mx + 1) * scale; x++) {
                    pixels[y * size + x] = 0;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
