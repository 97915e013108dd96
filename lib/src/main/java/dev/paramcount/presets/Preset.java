package dev.paramcount.presets;

import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The named variants the CLI's {@code --preset} and the notebooks refer to. */
public enum Preset {
  KERAS_SEED("keras-seed", "the question's Keras model: no 3rd max-pool, no Flatten", AlexNets::kerasSeed),
  KERAS_FIXED("keras-fixed", "the question's model plus MaxPool(3,2) after conv5 and Flatten", AlexNets::kerasFixed),
  SINGLE_TOWER("single-tower", "the paper's layout with LRN, no groups (one GPU)", AlexNets::singleTower),
  PAPER("paper", "the paper's layout with LRN, conv2/4/5 in two groups (two GPUs)", AlexNets::paper),
  PAPER_224("paper-224", "paper on the stated 224×224 input with valid padding", AlexNets::paper224),
  TORCHVISION("torchvision", "torchvision's AlexNet (64/192/384/256/256, adaptive avg-pool)", AlexNets::torchvision);

  private final String id;
  private final String description;
  private final Supplier<Network> factory;

  Preset(String id, String description, Supplier<Network> factory) {
    this.id = id;
    this.description = description;
    this.factory = factory;
  }

  /** The name used on the command line, e.g. {@code keras-seed}. */
  public String id() { return id; }

  public String description() { return description; }

  public Network network() { return factory.get(); }

  public static Preset byId(String id) {
    for (Preset p : values()) if (p.id.equals(id)) return p;
    throw ModelException.field(null, "preset", "\"" + id + "\"", "unknown preset; choose one of " + ids());
  }

  public static String ids() {
    return Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", "));
  }
}
