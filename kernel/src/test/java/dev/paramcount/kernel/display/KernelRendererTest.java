package dev.paramcount.kernel.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class KernelRendererTest {
    /** The last 12 bytes of every PNG: the empty IEND chunk (length 0, type, CRC). */
    private static final byte[] IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(31, 119, 180));
        g.fillRect(width / 4, height / 3, width / 2, height / 3);
        g.drawLine(0, 0, width - 1, height - 1);
        g.dispose();
        return image;
    }

    private static byte[] pngOf(DisplayData data) {
        return Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG));
    }

    @Test
    void aCellsImageValueIsTheWholePngFileWhateverItsLength() throws Exception {
        Set<Integer> remainders = new HashSet<>();
        for (int size = 20; size < 60; size++) {
            BufferedImage image = picture(size * 2, size);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ImageIO.write(image, "png", expected);
            byte[] png = pngOf(KernelRenderer.create().render(image));
            assertArrayEquals(expected.toByteArray(), png, "image " + size * 2 + "×" + size);
            assertArrayEquals(IEND, Arrays.copyOfRange(png, png.length - IEND.length, png.length));
            remainders.add(png.length % 3);
        }
        // The lost bytes were those of a length not divisible by 3: those lengths were among the cases.
        assertEquals(Set.of(0, 1, 2), remainders);
    }

    @Test
    void theImageReadsBackAtItsSizeAndTextPlainIsStillThere() throws Exception {
        BufferedImage image = picture(1000, 600);
        DisplayData data = KernelRenderer.create().render(image);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(pngOf(data)));
        assertEquals(1000, back.getWidth());
        assertEquals(600, back.getHeight());
        assertEquals(image.getRGB(500, 300), back.getRGB(500, 300));
        assertEquals(String.valueOf(image), data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void anImageStreamIsShownAsThePngItHolds() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ImageIO.write(picture(64, 32), "png", file);
        DisplayData data = KernelRenderer.create().render(new ByteArrayInputStream(file.toByteArray()));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(pngOf(data)));
        assertEquals(64, back.getWidth());
        assertTrue(pngOf(data).length > IEND.length);
    }

    @Test
    void askingForAnotherFormatGivesThatFormat() throws Exception {
        BufferedImage rgb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        DisplayData data = KernelRenderer.create().renderAs(rgb, "image/gif");
        byte[] gif = Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_GIF));
        assertEquals("GIF8", new String(gif, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(40, ImageIO.read(new ByteArrayInputStream(gif)).getWidth());
    }
}
