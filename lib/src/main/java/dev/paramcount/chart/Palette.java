package dev.paramcount.chart;

import dev.paramcount.model.LayerKind;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The colours of every chart. A variant keeps its colour in every chart it appears in: the
 * presets have fixed colours (the question's model orange, the paper blue); any other name gets
 * a colour picked from its name, so it too is the same from chart to chart.
 */
public final class Palette {
  private Palette() {}

  /** Waterfall steps that add parameters. */
  public static final Color RISE = new Color(0x59A14F);
  /** Waterfall steps that remove parameters. */
  public static final Color FALL = new Color(0xE15759);
  /** A total that is not a named variant (the end of a bridge built by hand). */
  public static final Color NEUTRAL = new Color(0x5A6B7B);
  /** Text, connector lines and axes. */
  public static final Color INK = new Color(0x333333);
  /** Grid lines and borders. */
  public static final Color RULE = new Color(0xDDDDDD);

  private static final Map<String, Color> PRESETS = Map.of(
      "keras-seed", new Color(0xF28E2B),
      "keras-fixed", new Color(0xB07AA1),
      "single-tower", new Color(0x76B7B2),
      "paper", new Color(0x4E79A7),
      "paper-224", new Color(0x9C755F),
      "torchvision", new Color(0xC9A227));

  /** For names that are not presets: distinct from the preset colours and from RISE/FALL. */
  private static final List<Color> OTHERS = List.of(
      new Color(0x2F4B7C), new Color(0xD45087), new Color(0x665191), new Color(0x00A3A3),
      new Color(0x8A6D3B), new Color(0x7F7F7F), new Color(0xA05195), new Color(0x3B8E3B),
      new Color(0xB85C00), new Color(0x1F77B4));

  private static final Map<LayerKind, Color> KINDS = new EnumMap<>(Map.of(
      LayerKind.CONVOLUTION, new Color(0x3C6E8F),
      LayerKind.DENSE, new Color(0xC8553D),
      LayerKind.NORMALIZATION, new Color(0x8E7DBE),
      LayerKind.POOLING, new Color(0x9A9A9A),
      LayerKind.RESHAPE, new Color(0xB5B5B5),
      LayerKind.ACTIVATION, new Color(0xCFCFCF),
      LayerKind.REGULARIZATION, new Color(0x7A7A7A)));

  /** The colour of a variant: fixed for the presets, chosen by the name's hash otherwise. */
  public static Color of(String variant) {
    Color preset = PRESETS.get(variant);
    return preset != null ? preset : OTHERS.get(Math.floorMod(variant.hashCode(), OTHERS.size()));
  }

  /**
   * The colours of several variants drawn together: each its own {@link #of} colour, except
   * that a name whose hashed colour is already taken in this chart moves to the next free one.
   */
  public static List<Color> of(Collection<String> variants) {
    List<Color> colors = new ArrayList<>(variants.size());
    Set<Color> used = new HashSet<>();
    for (String v : variants) {
      Color c = of(v);
      if (!PRESETS.containsKey(v)) {
        int start = OTHERS.indexOf(c);
        for (int i = 1; used.contains(c) && i <= OTHERS.size(); i++) c = OTHERS.get((start + i) % OTHERS.size());
      }
      used.add(c);
      colors.add(c);
    }
    return colors;
  }

  /** The colour of a kind of layer (share-by-kind charts). */
  public static Color of(LayerKind kind) {
    return KINDS.get(kind);
  }
}
