package dev.paramcount.cli;

/** Placeholder entry point until the CLI lands; exits 1 so nobody mistakes it for working. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.err.println("error: the paramcount CLI is not built yet");
    System.exit(1);
  }
}
