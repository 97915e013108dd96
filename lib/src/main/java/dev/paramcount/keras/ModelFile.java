package dev.paramcount.keras;

import dev.paramcount.model.ModelException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Gets the model config's JSON bytes out of a file: the file itself for {@code model.to_json()}
 * output, or the {@code config.json} entry of a {@code .keras} zip. A zip is recognised by its
 * first bytes, whatever the file is called; a file called {@code .keras} that is not a zip is an
 * error. Only regular files are read (a pipe could block forever), and sizes are capped so a
 * wrong file fails at once instead of filling the heap.
 */
final class ModelFile {
  /** A Keras config of ten thousand layers is about 20 MB; four times that still fits in any heap we run. */
  static final long MAX_CONFIG_BYTES = 128L << 20;
  private static final String CONFIG_ENTRY = "config.json";

  private ModelFile() {}

  static byte[] configJson(Path file) {
    if (Files.isDirectory(file)) throw ModelException.network("is a directory, not a model file");
    if (!Files.exists(file)) throw ModelException.network("no such file");
    if (!Files.isRegularFile(file)) throw ModelException.network("is not a regular file (a pipe or a device?)");
    if (!Files.isReadable(file)) throw ModelException.network("cannot be read: permission denied");
    try {
      long size = Files.size(file);
      if (size == 0) throw ModelException.network("the file is empty; expected the output of model.to_json() or a .keras file");
      byte[] head = head(file);
      if (isZip(head)) return fromZip(file);
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".keras")) {
        throw ModelException.network("is not a zip archive, so not a .keras file"
            + (isHdf5(head) ? " (it is HDF5: a legacy Keras .h5 model, which is not supported; save with model.save(\"model.keras\"))" : ""));
      }
      if (size > MAX_CONFIG_BYTES) {
        throw ModelException.network("is " + size + " bytes, more than the " + MAX_CONFIG_BYTES + " a model config can be");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private static byte[] fromZip(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(CONFIG_ENTRY);
      if (entry == null || entry.isDirectory()) {
        throw ModelException.network("the .keras zip has no " + CONFIG_ENTRY + " (it holds " + entries(zip) + ")");
      }
      if (entry.getSize() > MAX_CONFIG_BYTES) {
        throw ModelException.network(CONFIG_ENTRY + " in the zip is " + entry.getSize() + " bytes, more than the "
            + MAX_CONFIG_BYTES + " a model config can be");
      }
      try (InputStream in = zip.getInputStream(entry)) {
        byte[] bytes = in.readNBytes((int) MAX_CONFIG_BYTES + 1); // the declared size may lie
        if (bytes.length > MAX_CONFIG_BYTES) {
          throw ModelException.network(CONFIG_ENTRY + " in the zip is larger than the " + MAX_CONFIG_BYTES + " bytes a model config can be");
        }
        if (bytes.length == 0) throw ModelException.network(CONFIG_ENTRY + " in the .keras zip is empty");
        return bytes;
      }
    } catch (ZipException e) {
      throw ModelException.network("is not a valid zip archive (" + e.getMessage() + "), so not a .keras file");
    }
  }

  private static String entries(ZipFile zip) {
    List<String> names = new ArrayList<>();
    Enumeration<? extends ZipEntry> all = zip.entries();
    while (all.hasMoreElements() && names.size() < 6) names.add(all.nextElement().getName());
    if (names.isEmpty()) return "nothing";
    return String.join(", ", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", …" : "");
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(8);
    }
  }

  /** A local file header, or the end record of an empty zip. */
  private static boolean isZip(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
        && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
  }

  private static boolean isHdf5(byte[] head) {
    return head.length >= 4 && (head[0] & 0xff) == 0x89 && head[1] == 'H' && head[2] == 'D' && head[3] == 'F';
  }

  private static ModelException unreadable(IOException e) {
    if (e instanceof NoSuchFileException) return ModelException.network("no such file");
    if (e instanceof AccessDeniedException) return ModelException.network("cannot be read: permission denied");
    return ModelException.network("cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
  }
}
