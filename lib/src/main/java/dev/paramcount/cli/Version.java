package dev.paramcount.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar; a build from the source tree says so. */
final class Version implements IVersionProvider {
  private static final String POM_PROPERTIES = "/META-INF/maven/dev.paramcount/paramcount/pom.properties";

  @Override
  public String[] getVersion() throws IOException {
    try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) return new String[] {"paramcount (development build, not packaged)"};
      Properties p = new Properties();
      p.load(in);
      return new String[] {"paramcount " + p.getProperty("version", "unknown"),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
  }
}
