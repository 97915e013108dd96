package dev.paramcount.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A sequential network: an input shape and a list of layers, each named and each checked
 * against the shape that reaches it. Immutable: every edit ({@link #withInput}, {@link #with},
 * {@link #insertAfter}, …) returns a new network, checked again, which is what tweaking a layer
 * size in a notebook does.
 */
public final class Network {
  private final String name;
  private final Shape input;
  private final List<Layer> layers;
  private final List<Shape> outputs;

  /**
   * Checks every layer against the shape that reaches it and names unnamed layers the way Keras
   * does ({@code conv2d}, {@code conv2d_1}, …). Throws {@link ModelException} naming the first
   * layer that does not fit.
   */
  public Network(String name, Shape input, List<? extends Layer> layers) {
    if (name == null || name.isBlank()) throw ModelException.network("a network needs a name");
    this.name = name;
    this.input = Objects.requireNonNull(input, "input");
    this.layers = Collections.unmodifiableList(named(layers));
    List<Shape> shapes = new ArrayList<>(this.layers.size());
    Shape current = input;
    for (Layer layer : this.layers) {
      current = layer.outputShape(current);
      shapes.add(current);
    }
    this.outputs = Collections.unmodifiableList(shapes);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() { return name; }

  /** The per-sample input shape. */
  public Shape input() { return input; }

  public List<Layer> layers() { return layers; }

  public int size() { return layers.size(); }

  /** The per-sample shape that enters layer {@code i}. */
  public Shape inputOf(int i) {
    return i == 0 ? input : outputs.get(i - 1);
  }

  /** The per-sample shape that leaves layer {@code i}. */
  public Shape outputOf(int i) {
    return outputs.get(i);
  }

  /** The network's per-sample output shape. */
  public Shape output() {
    return outputs.isEmpty() ? input : outputs.get(outputs.size() - 1);
  }

  public Layer layer(String layerName) {
    return layers.get(indexOf(layerName));
  }

  public int indexOf(String layerName) {
    for (int i = 0; i < layers.size(); i++) {
      if (layers.get(i).name().equals(layerName)) return i;
    }
    throw ModelException.layer(layerName, "no such layer in network '" + name + "'; its layers are "
        + layers.stream().map(Layer::name).collect(Collectors.joining(", ")));
  }

  // ---- edits: each returns a new, re-checked network ----

  public Network withName(String newName) {
    return new Network(newName, input, layers);
  }

  public Network withInput(Shape newInput) {
    return new Network(name, newInput, layers);
  }

  /** A new input image size, e.g. {@code withInput(224, 224, 3)}. */
  public Network withInput(long... dims) {
    return withInput(Shape.of(dims));
  }

  /** Replaces one layer; an unnamed replacement keeps the old layer's name. */
  public Network replace(String layerName, Layer replacement) {
    int i = indexOf(layerName);
    Layer named = replacement.name() == null ? replacement.withName(layerName) : replacement;
    List<Layer> copy = new ArrayList<>(layers);
    copy.set(i, named);
    return new Network(name, input, copy);
  }

  /**
   * Edits one layer of a known kind, e.g.
   * {@code net.with("conv2", Conv2D.class, c -> c.withGroups(2))}.
   */
  public <T extends Layer> Network with(String layerName, Class<T> kind, UnaryOperator<T> edit) {
    Layer layer = layer(layerName);
    if (!kind.isInstance(layer)) {
      throw ModelException.layer(layerName, "is a " + layer.kerasType() + ", not a " + kind.getSimpleName());
    }
    return replace(layerName, edit.apply(kind.cast(layer)));
  }

  /** Applies {@code edit} to every layer (e.g. scale every width); names are kept. */
  public Network map(UnaryOperator<Layer> edit) {
    List<Layer> copy = new ArrayList<>(layers.size());
    for (Layer layer : layers) {
      Layer edited = edit.apply(layer);
      copy.add(edited.name() == null ? edited.withName(layer.name()) : edited);
    }
    return new Network(name, input, copy);
  }

  public Network withFilters(String layerName, int filters) {
    return with(layerName, Conv2D.class, "filters", c -> c.withFilters(filters));
  }

  public Network withKernel(String layerName, int kernel) {
    return with(layerName, Conv2D.class, "kernel_size", c -> c.withKernel(kernel));
  }

  public Network withGroups(String layerName, int groups) {
    return with(layerName, Conv2D.class, "groups", c -> c.withGroups(groups));
  }

  public Network withUnits(String layerName, int units) {
    return with(layerName, Dense.class, "units", d -> d.withUnits(units));
  }

  private <T extends Layer> Network with(String layerName, Class<T> kind, String field, UnaryOperator<T> edit) {
    Layer layer = layer(layerName);
    if (!kind.isInstance(layer)) {
      throw ModelException.field(layerName, field, null, "a " + layer.kerasType() + " layer has no " + field);
    }
    return replace(layerName, edit.apply(kind.cast(layer)));
  }

  public Network insertAfter(String layerName, Layer layer) {
    return insertAt(indexOf(layerName) + 1, layer);
  }

  public Network insertBefore(String layerName, Layer layer) {
    return insertAt(indexOf(layerName), layer);
  }

  public Network append(Layer layer) {
    return insertAt(layers.size(), layer);
  }

  public Network remove(String layerName) {
    List<Layer> copy = new ArrayList<>(layers);
    copy.remove(indexOf(layerName));
    return new Network(name, input, copy);
  }

  private Network insertAt(int index, Layer layer) {
    List<Layer> copy = new ArrayList<>(layers);
    copy.add(index, Objects.requireNonNull(layer, "layer"));
    return new Network(name, input, copy);
  }

  // ---- naming ----

  private static List<Layer> named(List<? extends Layer> layers) {
    Set<String> used = new HashSet<>();
    for (Layer layer : layers) {
      Objects.requireNonNull(layer, "a network cannot hold a null layer");
      if (layer.name() != null && !used.add(layer.name())) {
        throw ModelException.layer(layer.name(), "two layers have this name; layer names must be unique");
      }
    }
    List<Layer> named = new ArrayList<>(layers.size());
    Map<String, Integer> nextSuffix = new HashMap<>();
    for (Layer layer : layers) {
      named.add(layer.name() != null ? layer : layer.withName(freeName(layer.autoNamePrefix(), used, nextSuffix)));
    }
    return named;
  }

  /**
   * Keras's scheme: the first is {@code prefix}, then {@code prefix_1}, {@code prefix_2}, …
   * Each prefix remembers where its search stopped (every name below is taken), so naming
   * 10,000 layers stays linear.
   */
  private static String freeName(String prefix, Set<String> used, Map<String, Integer> nextSuffix) {
    int n = nextSuffix.getOrDefault(prefix, 0);
    String candidate = n == 0 ? prefix : prefix + "_" + n;
    while (!used.add(candidate)) candidate = prefix + "_" + (++n);
    nextSuffix.put(prefix, n + 1);
    return candidate;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Network)) return false;
    Network other = (Network) o;
    return name.equals(other.name) && input.equals(other.input) && layers.equals(other.layers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, input, layers);
  }

  @Override
  public String toString() {
    return "Network '" + name + "' (" + layers.size() + " layers, input " + input + ", output " + output() + ")";
  }

  /** Builds a network layer by layer; shortcuts cover the common kinds, {@link #add} any layer. */
  public static final class Builder {
    private final String name;
    private Shape input;
    private final List<Layer> layers = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder input(long... dims) {
      return input(Shape.of(dims));
    }

    public Builder input(Shape shape) {
      this.input = shape;
      return this;
    }

    public Builder add(Layer layer) {
      layers.add(Objects.requireNonNull(layer, "layer"));
      return this;
    }

    /**
     * Adds the layer {@code make} builds; a bad value in it is reported against the name the
     * layer would get (e.g. {@code conv2d_1}), so a long builder chain says which step failed.
     */
    private Builder add(String autoNamePrefix, Supplier<? extends Layer> make) {
      Layer layer;
      try {
        layer = make.get();
      } catch (ModelException e) {
        throw e.atLayer(prospectiveName(autoNamePrefix));
      }
      return add(layer);
    }

    /** The name {@link Network} will give the next unnamed layer with this prefix. */
    private String prospectiveName(String autoNamePrefix) {
      Set<String> used = new HashSet<>();
      for (Layer l : layers) if (l.name() != null) used.add(l.name());
      Map<String, Integer> nextSuffix = new HashMap<>();
      for (Layer l : layers) if (l.name() == null) freeName(l.autoNamePrefix(), used, nextSuffix);
      return freeName(autoNamePrefix, used, nextSuffix);
    }

    public Builder conv2d(int filters, int kernel) {
      return add("conv2d", () -> Conv2D.of(filters, kernel));
    }

    public Builder conv2d(int filters, int kernel, UnaryOperator<Conv2D> options) {
      return add("conv2d", () -> options.apply(Conv2D.of(filters, kernel)));
    }

    public Builder maxPool(int pool, int stride) {
      return add("max_pooling2d", () -> MaxPool2D.of(pool, stride));
    }

    public Builder avgPool(int pool, int stride) {
      return add("average_pooling2d", () -> AvgPool2D.of(pool, stride));
    }

    public Builder lrn() {
      return add(LocalResponseNorm.paper());
    }

    public Builder batchNorm() {
      return add(BatchNorm.of());
    }

    public Builder flatten() {
      return add(Flatten.of());
    }

    public Builder dense(int units) {
      return add("dense", () -> Dense.of(units));
    }

    public Builder dense(int units, UnaryOperator<Dense> options) {
      return add("dense", () -> options.apply(Dense.of(units)));
    }

    public Builder dropout(double rate) {
      return add("dropout", () -> Dropout.of(rate));
    }

    public Builder relu() {
      return add(Activation.relu());
    }

    public Builder softmax() {
      return add(Activation.softmax());
    }

    public Builder activation(String function) {
      return add("activation", () -> Activation.of(function));
    }

    public Builder zeroPadding(int p) {
      return add("zero_padding2d", () -> ZeroPadding2D.of(p));
    }

    public Builder globalAvgPool() {
      return add(GlobalAvgPool2D.of());
    }

    public Builder globalMaxPool() {
      return add(GlobalMaxPool2D.of());
    }

    public Builder adaptiveAvgPool(int height, int width) {
      return add("adaptive_avg_pool2d", () -> AdaptiveAvgPool2D.of(height, width));
    }

    /** The last layer added, renamed: {@code .conv2d(96, 11).named("conv1")}. */
    public Builder named(String layerName) {
      if (layers.isEmpty()) throw ModelException.network("named(\"" + layerName + "\") needs a layer before it");
      int last = layers.size() - 1;
      layers.set(last, layers.get(last).withName(layerName));
      return this;
    }

    public Network build() {
      if (input == null) throw ModelException.network("network '" + name + "' has no input shape");
      return new Network(name, input, layers);
    }
  }
}
