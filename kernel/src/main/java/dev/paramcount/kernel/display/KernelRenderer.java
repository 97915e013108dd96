package dev.paramcount.kernel.display;

import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.common.Text;
import io.github.spencerpark.jupyter.kernel.display.common.Url;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * The kernel's renderer: the base library's, with images encoded by this class.
 *
 * <p>The base library's image renderer writes the PNG through {@code Base64.getEncoder().wrap(…)}
 * and never closes that stream, so the encoder's last partial group is never written: for a PNG
 * whose length is not a multiple of 3 the last one or two bytes (the end of the IEND chunk's CRC)
 * are missing from the notebook. Browsers forgive that; strict decoders and image diff tools do
 * not. Here the image is encoded whole first and then base64-encoded in one go.
 */
public final class KernelRenderer {
    private KernelRenderer() {
    }

    /** A renderer for {@code display}, {@code render} and cell values: images, URLs, text. */
    public static Renderer create() {
        Renderer renderer = new Renderer();
        renderer.createRegistration(RenderedImage.class)
                .preferring(MIMEType.IMAGE_PNG)
                .supporting(MIMEType.IMAGE_JPEG, MIMEType.IMAGE_GIF)
                .register(KernelRenderer::renderImage);
        renderer.createRegistration(InputStream.class)
                .preferring(MIMEType.IMAGE_PNG)
                .supporting(MIMEType.IMAGE_JPEG, MIMEType.IMAGE_GIF)
                .register((in, context) -> renderImage(read(in), context));
        Url.registerAll(renderer);
        Text.registerAll(renderer);
        return renderer;
    }

    private static void renderImage(RenderedImage image, RenderContext context) {
        context.renderIfRequested(MIMEType.IMAGE_PNG, () -> base64(image, "png"));
        context.renderIfRequested(MIMEType.IMAGE_JPEG, () -> base64(image, "jpeg"));
        context.renderIfRequested(MIMEType.IMAGE_GIF, () -> base64(image, "gif"));
    }

    /** The whole image file in {@code format}, base64-encoded as notebook image data is. */
    static String base64(RenderedImage image, String format) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, file)) {
                throw new IllegalArgumentException("this image cannot be written as " + format
                        + " (ImageIO has no writer for its colour model); show it as image/png instead");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(file.toByteArray());
    }

    private static RenderedImage read(InputStream in) {
        try {
            RenderedImage image = ImageIO.read(in);
            if (image == null) {
                throw new IllegalArgumentException("the stream is not an image ImageIO can read (PNG, JPEG, GIF, BMP)");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
