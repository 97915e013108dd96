package dev.paramcount.cli;

import dev.paramcount.model.ModelException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * {@code paramcount}: the command line of DESIGN.md. Exit codes: 0 success; 2 bad input, with
 * one {@code error: …} line on stderr; 1 an internal fault (one line; the stack trace only with
 * {@code PARAMCOUNT_DEBUG=1}). A command writes into a buffer that reaches stdout only when the
 * whole command succeeded, so a bad third input leaves no half-written output behind.
 */
@Command(name = "paramcount", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Counts the parameters, shapes and compute of CNNs layer by layer, and explains why the "
        + "question's Keras AlexNet has 25,678,184 parameters while the paper has 60 million.",
    footer = {"", "Examples:",
        "  paramcount summary --preset keras-seed --format classic  # Keras's own table",
        "  paramcount summary --keras-json model.json --input 224x224x3",
        "  paramcount summary --preset keras-seed --preset paper --format json",
        "  paramcount explain                                 # 25,678,184 -> 60,965,224",
        "  paramcount compare keras-seed paper",
        "  paramcount verify --preset paper",
        "", "Exit codes: 0 success, 2 bad input (one 'error:' line), 1 internal fault."})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int INTERNAL_FAULT = 1;
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "no command given; choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  public static void main(String[] args) {
    // UTF-8 whatever the locale: summaries hold × and →, which a C locale would turn into '?'.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, out, err, System.getenv());
    out.flush();
    System.exit(code);
  }

  /** Runs one command line with the given streams and environment; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(Main::commandLine, args, out, err, env);
  }

  /** The same with another command tree (tests use it to reach the internal-fault path). */
  static int run(Supplier<CommandLine> commands, String[] args, PrintStream out, PrintStream err,
                 Map<String, String> env) {
    boolean debug = "1".equals(env.get("PARAMCOUNT_DEBUG"));
    StringWriter buffer = new StringWriter();
    int code;
    try {
      CommandLine cli = commands.get();
      cli.setOut(new PrintWriter(buffer, true));
      cli.setErr(new PrintWriter(buffer, true));
      cli.setParameterExceptionHandler((e, arguments) -> usageError(e, err));
      cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fault(e, err, debug));
      code = cli.execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      code = fault(e, err, debug);
    }
    if (code == OK) {
      out.print(buffer);
      out.flush();
    }
    err.flush();
    return code;
  }

  /** The command tree: this root and every subcommand of {@link Commands}. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    for (Object command : Commands.all()) cli.addSubcommand(command);
    return cli;
  }

  private static int usageError(ParameterException e, PrintStream err) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    String message = oneLine(e.getMessage());
    if (message.startsWith("Error: ")) message = message.substring("Error: ".length()); // picocli's own prefix
    err.println("error: " + message + " (see '" + command + " --help')");
    return BAD_INPUT;
  }

  private static int fault(Throwable e, PrintStream err, boolean debug) {
    if (e instanceof ModelException) {
      err.println("error: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    }
    err.println("error: internal fault: " + e.getClass().getName()
        + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))
        + (debug ? "" : " (set PARAMCOUNT_DEBUG=1 for the stack trace)"));
    if (debug) e.printStackTrace(err);
    return INTERNAL_FAULT;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
