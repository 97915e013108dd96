package dev.paramcount.kernel;

import dev.paramcount.kernel.display.KernelRenderer;
import dev.paramcount.kernel.execution.CellError;
import dev.paramcount.kernel.execution.CodeEvaluator;
import dev.paramcount.kernel.execution.EvalException;
import dev.paramcount.kernel.execution.EvaluationInterruptedException;
import dev.paramcount.kernel.execution.ExecutionThread;
import dev.paramcount.kernel.magic.ClasspathMagics;
import dev.paramcount.kernel.magic.LoadMagic;
import dev.paramcount.kernel.magic.Magics;
import dev.paramcount.kernel.output.CellOutput;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The Java kernel: IJava's behaviour on the base library's protocol handling. This class wires
 * the parts together and adapts them to the base kernel's callbacks; the work happens in
 * {@link CodeEvaluator} (JShell), {@link CellRunner} (magics and code in order) and
 * {@link CodeAssist} (completion, inspection, is-complete).
 */
public final class JavaKernel extends BaseKernel {
    private static volatile JavaKernel current;

    private final CodeEvaluator evaluator;
    private final CellRunner cells;
    private final CodeAssist assist;
    private final CellOutput output;
    private final InputStream input;
    private final LanguageInfo languageInfo;

    private JavaKernel(CodeEvaluator evaluator, Magics magics, PrintStream log) {
        // Notebook text is UTF-8 whatever the platform charset (a POSIX locale would turn "×" into "?").
        super(StandardCharsets.UTF_8);
        // The base library's own renderer cuts the end off some PNGs (see KernelRenderer).
        this.renderer = KernelRenderer.create();
        this.evaluator = evaluator;
        // The base library's streams publish one stream message per write; they only get whole
        // batches now, from CellOutput's sending thread.
        this.output = new CellOutput((stream, text) -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            (stream == CellOutput.Stream.STDOUT ? getIO().out : getIO().err).write(bytes, 0, bytes.length);
        }, log);
        this.input = output.promptingInput(getIO().in);
        this.cells = new CellRunner(evaluator, magics);
        this.assist = new CodeAssist(evaluator, magics.names());
        this.languageInfo = new LanguageInfo.Builder("java")
                .version(System.getProperty("java.version"))
                .mimetype("text/x-java")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
    }

    /**
     * Builds the kernel, makes it the one the notebook's {@code display} functions talk to, and
     * starts warming JShell in the background.
     *
     * @param workingDirectory where relative paths in magics start (the notebook's folder)
     */
    public static JavaKernel start(Path workingDirectory, List<String> compilerOptions, PrintStream log) {
        JavaKernel kernel = create(workingDirectory, compilerOptions, log);
        kernel.evaluator.startWarmUp(WarmUp.SNIPPETS, WarmUp.ROUNDS);
        return kernel;
    }

    /** The kernel without the background warm-up (for training the class-data archive). */
    static JavaKernel create(Path workingDirectory, List<String> compilerOptions, PrintStream log) {
        CodeEvaluator evaluator = new CodeEvaluator(compilerOptions, log);
        Magics magics = new Magics();
        new ClasspathMagics(workingDirectory, evaluator::addToClasspath).registerIn(magics);
        new LoadMagic(workingDirectory, source -> evaluator.eval(source, 0)).registerIn(magics);
        JavaKernel kernel = new JavaKernel(evaluator, magics, log);
        current = kernel;
        return kernel;
    }

    /** The running kernel, or null outside one; used by the runtime helpers in user code. */
    public static JavaKernel current() {
        return current;
    }

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        StatusReplies.register(this, connection);
    }

    @Override
    public DisplayData eval(String code) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        output.open();
        System.setOut(output.out());
        System.setErr(output.err());
        System.setIn(input);
        evaluator.cellStarted();
        try {
            Object value = cells.run(code);
            return value == null ? null : render(value);
        } catch (Exception e) {
            throw e instanceof CellError ? e : new KernelFault(e);
        } catch (LinkageError | VirtualMachineError e) {
            // Never let an Error escape: the base library only catches Exceptions, and an Error
            // would leave the request without a reply.
            throw new KernelFault(e);
        } finally {
            evaluator.cellEnded();
            try {
                // Everything printed and displayed goes out before the result, error and reply.
                output.close();
            } finally {
                System.setOut(out);
                System.setErr(err);
                System.setIn(in);
            }
        }
    }

    /**
     * Publishes {@code data} after the text printed before it. The cell's thread only queues
     * it (see {@link CellOutput}); outside a cell it is dropped, as the base library does.
     */
    @Override
    public void display(DisplayData data) {
        output.publishInOrder(() -> super.display(data));
    }

    /** {@link #display}'s counterpart for {@code update_display_data}. */
    public void updateDisplay(String displayId, DisplayData data) {
        output.publishInOrder(() -> getIO().display.updateDisplay(displayId, data));
    }

    /** Renders on the execution thread: a value's toString is user code, and may need interrupting. */
    private DisplayData render(Object value) throws Exception {
        if (value instanceof DisplayData) {
            return (DisplayData) value;
        }
        try {
            return evaluator.onExecutionThread(() -> getRenderer().render(value));
        } catch (ExecutionThread.StoppedException e) {
            throw new EvaluationInterruptedException("rendering the cell's value");
        } catch (Exception | Error e) {
            throw EvalException.fromThrowable("showing the cell's value failed", e);
        }
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return assist.complete(code, at);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return assist.inspect(code, at);
    }

    @Override
    public String isComplete(String code) {
        String answer = assist.isComplete(code);
        if (CodeAssist.COMPLETE.equals(answer)) {
            return IS_COMPLETE_YES;
        }
        return CodeAssist.INVALID.equals(answer) ? IS_COMPLETE_BAD : answer;
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    @Override
    public String getBanner() {
        return "paramcount Java kernel " + KernelVersion.VERSION + " (IJava-compatible, JShell on Java "
                + System.getProperty("java.version") + ")";
    }

    @Override
    public List<String> formatError(Exception e) {
        return e instanceof CellError ? ((CellError) e).traceback() : super.formatError(e);
    }

    @Override
    public void interrupt() {
        evaluator.stop();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        evaluator.stop();
        Main.exitSoon();
    }
}
