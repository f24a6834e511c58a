package it.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

/**
 * A complete PNG of random pixels, a new one each call: the hall keeps a file as image evidence only
 * when its whole structure is one.
 */
public final class SamplePng {

    private SamplePng() {
    }

    /** A PNG of about {@code approximateBytes} (random pixels hardly compress: 3 bytes a pixel). */
    public static byte[] of(int approximateBytes) {
        int width = 32;
        int height = Math.max(1, approximateBytes / (3 * width));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
