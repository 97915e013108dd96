package dev.paramcount.model;

/**
 * The one exception the library throws for a network it cannot count: a bad layer field,
 * a shape that does not fit, a file that does not describe a model. Its message is a single
 * line naming where the problem lives (file, layer, field), the value, and what was expected,
 * so the CLI and a notebook can show it as it is.
 */
public final class ModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String layer;
  private final String field;
  private final String value;
  private final String problem;

  private ModelException(String file, String layer, String field, String value, String problem) {
    super(compose(file, layer, field, value, problem));
    this.file = file;
    this.layer = layer;
    this.field = field;
    this.value = value;
    this.problem = problem;
  }

  /** A layer's field holds a value the layer cannot use. */
  public static ModelException field(String layer, String field, Object value, String problem) {
    return new ModelException(null, layer, field, value == null ? null : String.valueOf(value), problem);
  }

  /** A problem with the network as a whole (no single layer or field to blame). */
  public static ModelException network(String problem) {
    return new ModelException(null, null, null, null, problem);
  }

  /** A problem with the network at one layer, not tied to a field. */
  public static ModelException layer(String layer, String problem) {
    return new ModelException(null, layer, null, null, problem);
  }

  /** The same problem, naming {@code layerName} when it did not name a layer yet. */
  public ModelException atLayer(String layerName) {
    return layer != null ? this : new ModelException(file, layerName, field, value, problem);
  }

  /** The same problem, now also naming the file it was read from. */
  public ModelException inFile(String fileName) {
    return new ModelException(fileName, layer, field, value, problem);
  }

  public String file() { return file; }
  public String layerName() { return layer; }
  public String fieldName() { return field; }
  public String value() { return value; }
  public String problem() { return problem; }

  /** Stack traces of this exception are noise for the user: the message says it all. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  private static String compose(String file, String layer, String field, String value, String problem) {
    StringBuilder s = new StringBuilder();
    if (file != null) s.append(file).append(": ");
    if (layer != null) s.append("layer '").append(layer).append("': ");
    if (field != null) {
      s.append("field '").append(field).append('\'');
      if (value != null) s.append(" = ").append(value);
      s.append(": ");
    }
    s.append(problem);
    return s.toString().replace('\n', ' ');
  }
}
