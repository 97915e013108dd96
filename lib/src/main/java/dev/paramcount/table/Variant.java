package dev.paramcount.table;

import dev.paramcount.count.Counts;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.presets.Preset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A network counted once, under the name tables and charts show for it. A network equal to a
 * preset is named by the preset's id ({@code keras-seed}, {@code paper}, …): the two Keras
 * presets are both called {@code sequential} inside, and the id is what keys each variant's
 * colour in every chart.
 */
public record Variant(String name, Counts counts) {

  public Variant {
    if (name == null || name.isBlank()) throw ModelException.field(null, "variant name", name, "a variant needs a name");
    Objects.requireNonNull(counts, "counts");
  }

  /** The network under its preset id if it equals a preset, else under its own name. */
  public static Variant of(Network network) {
    return new Variant(nameOf(network), Counts.of(network));
  }

  /** The network under a name of your choosing, e.g. {@code Variant.of("fc6=2048", net)}. */
  public static Variant of(String name, Network network) {
    return new Variant(name, Counts.of(network));
  }

  /**
   * Each network as a variant, names made unique in order ({@code paper}, {@code paper (2)}), since
   * a table column or a chart series needs one name per variant.
   */
  public static List<Variant> all(Network... networks) {
    List<Variant> variants = new ArrayList<>(networks.length);
    for (Network n : networks) variants.add(of(n));
    return unique(variants);
  }

  /** The same variants with repeated names numbered, the first keeping its name. */
  public static List<Variant> unique(List<Variant> variants) {
    Set<String> used = new HashSet<>();
    List<Variant> out = new ArrayList<>(variants.size());
    for (Variant v : variants) {
      String name = v.name;
      for (int n = 2; !used.add(name); n++) name = v.name + " (" + n + ")";
      out.add(name.equals(v.name) ? v : new Variant(name, v.counts));
    }
    return List.copyOf(out);
  }

  /** The preset id of a network equal to a preset, else the network's own name. */
  public static String nameOf(Network network) {
    return Arrays.stream(Preset.values())
        .filter(p -> p.network().equals(network))
        .map(Preset::id)
        .findFirst()
        .orElse(network.name());
  }

  public Network network() {
    return counts.network();
  }

  public long totalParams() {
    return counts.totalParams();
  }
}
