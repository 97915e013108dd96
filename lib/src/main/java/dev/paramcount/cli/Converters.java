package dev.paramcount.cli;

import dev.paramcount.model.ModelException;
import dev.paramcount.model.Shape;
import dev.paramcount.report.SummaryFormat;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values from text, with the library's own messages when they are wrong. */
final class Converters {
  private Converters() {}

  /** {@code 227x227x3}. */
  static final class ShapeConverter implements ITypeConverter<Shape> {
    @Override
    public Shape convert(String value) {
      try {
        return Shape.parse(value);
      } catch (ModelException e) {
        throw new TypeConversionException("'" + value + "': " + e.problem());
      }
    }
  }

  /** {@code text}, {@code classic}, {@code json} or {@code csv}. */
  static final class FormatConverter implements ITypeConverter<SummaryFormat> {
    @Override
    public SummaryFormat convert(String value) {
      try {
        return SummaryFormat.byId(value);
      } catch (ModelException e) {
        throw new TypeConversionException("'" + value + "': " + e.problem());
      }
    }
  }

  /** The format ids for help and completion. */
  static final class FormatIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(SummaryFormat.values()).map(SummaryFormat::id).iterator();
    }
  }
}
