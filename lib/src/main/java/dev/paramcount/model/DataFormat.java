package dev.paramcount.model;

/** Where the channel axis lives in a per-sample image shape, as Keras's {@code data_format}. */
public enum DataFormat {
  /** (height, width, channels): Keras's default. */
  CHANNELS_LAST("channels_last"),
  /** (channels, height, width): honoured when a Keras model says so. */
  CHANNELS_FIRST("channels_first");

  private final String kerasName;

  DataFormat(String kerasName) {
    this.kerasName = kerasName;
  }

  public String kerasName() {
    return kerasName;
  }

  int heightAxis() { return this == CHANNELS_LAST ? 0 : 1; }
  int widthAxis() { return this == CHANNELS_LAST ? 1 : 2; }
  int channelAxis() { return this == CHANNELS_LAST ? 2 : 0; }

  /** A per-sample image shape in this format. */
  Shape image(long height, long width, long channels) {
    return this == CHANNELS_LAST ? Shape.of(height, width, channels) : Shape.of(channels, height, width);
  }

  public static DataFormat fromKeras(String layer, String value) {
    for (DataFormat f : values()) if (f.kerasName.equals(value)) return f;
    throw ModelException.field(layer, "data_format", "\"" + value + "\"", "expected \"channels_last\" or \"channels_first\"");
  }
}
