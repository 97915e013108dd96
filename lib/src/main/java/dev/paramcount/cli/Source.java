package dev.paramcount.cli;

import dev.paramcount.ParamCount;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.presets.Preset;
import java.nio.file.Path;

/** Where a network comes from on the command line: a preset or a Keras file. */
record Source(String label, String preset, Path file) {

  static Source preset(String id) {
    return new Source(id, id, null);
  }

  static Source file(Path file) {
    return new Source(file.toString(), null, file);
  }

  /**
   * {@code compare}'s operand: a preset id when it is one, otherwise a file path
   * (write {@code ./keras-seed} for a file that happens to share a preset's name).
   */
  static Source parse(String operand) {
    for (Preset p : Preset.values()) if (p.id().equals(operand)) return preset(operand);
    return file(Path.of(operand));
  }

  /** The network, with {@code input} (if not null) as its input shape. */
  Network load(Shape input) {
    if (file != null) return ParamCount.keras(file, input);
    Network network = ParamCount.preset(preset);
    return input == null ? network : network.withInput(input);
  }
}
