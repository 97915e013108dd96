package dev.paramcount.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Checks on rendered charts as real images: decoded, sized, not blank, coloured as promised. */
final class Images {
  private Images() {}

  static BufferedImage decodePng(byte[] png) {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      assertTrue(img != null, "the bytes are not a PNG ImageIO can read");
      return img;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes, checks the size every chart promises, and that the picture is not blank. */
  static BufferedImage assertRealChart(byte[] png) {
    BufferedImage img = decodePng(png);
    assertEquals(Charts.WIDTH, img.getWidth());
    assertEquals(Charts.HEIGHT, img.getHeight());
    assertTrue(img.getWidth() >= 800 && img.getHeight() >= 500);
    // Text, antialiased edges and fills give a chart dozens of colours; a blank frame has one or two.
    assertTrue(distinctColours(img) > 30, "too few colours for a drawn chart: " + distinctColours(img));
    assertTrue(lumaStdDev(img) > 10, "the image is nearly uniform: " + lumaStdDev(img));
    return img;
  }

  static int distinctColours(BufferedImage img) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) colours.add(img.getRGB(x, y) & 0xFFFFFF);
    }
    return colours.size();
  }

  /** Pixels of exactly this colour: bars and slices are filled flat in their series colour. */
  static int pixelsOf(BufferedImage img, Color c) {
    int want = c.getRGB() & 0xFFFFFF;
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFFFFFF) == want) n++;
    }
    return n;
  }

  static double lumaStdDev(BufferedImage img) {
    double sum = 0;
    double sumSq = 0;
    long n = (long) img.getWidth() * img.getHeight();
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        double luma = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
        sum += luma;
        sumSq += luma * luma;
      }
    }
    double mean = sum / n;
    return Math.sqrt(sumSq / n - mean * mean);
  }

  /** Parses SVG text as XML without fetching its DTD (the encoder names the W3C one). */
  static Document parseSvg(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder b = f.newDocumentBuilder();
      return b.parse(new InputSource(new StringReader(svg)));
    } catch (Exception e) {
      throw new AssertionError("the SVG is not well-formed XML: " + e.getMessage(), e);
    }
  }
}
