package dev.paramcount.cli;

import java.util.List;

/** Every subcommand, registered here and nowhere else: add a command by adding it to this list. */
final class Commands {
  private Commands() {}

  static List<Object> all() {
    return List.of(new SummaryCommand(), new ExplainCommand(), new CompareCommand(), new VerifyCommand());
  }
}
