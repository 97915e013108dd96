package dev.paramcount.kernel.channels;

import io.github.spencerpark.jupyter.channels.IOPubChannel;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import org.zeromq.ZMQ;

/**
 * The base library's connection with its shell, control, stdin and IOPub channels replaced by
 * ours: shell and control are {@link PromptShellChannel}s, which answer at once, and every
 * channel sends with the kernel's own session id ({@link KernelSession}) instead of the
 * requesting client's. Only the heartbeat, which echoes raw bytes, is the base library's. Every
 * socket binds to the IP and ports of the connection file, nothing else.
 *
 * <p>The base connection creates its own channels in its constructor and keeps them in final
 * fields; they are never bound here and are closed with it. What the base library reaches through
 * the connection ({@link #getIOPub()}, {@link #prepareReplyEnv}) gets ours.
 */
public final class KernelConnection extends JupyterConnection {
    private final KernelConnectionProperties props;
    private final KernelSession session = new KernelSession();
    private final ZMQ.Context context;
    private final PromptShellChannel shell;
    private final PromptShellChannel control;
    private final KernelIOPubChannel iopub;
    private final KernelStdinChannel stdin;
    private boolean connected;
    private boolean closed;

    public KernelConnection(KernelConnectionProperties props) throws NoSuchAlgorithmException, InvalidKeyException {
        super(props);
        this.props = props;
        // The base connection keeps its ZMQ context private, so the replacement channels get their own.
        this.context = ZMQ.context(1);
        HMACGenerator hmac = props.createHMACGenerator();
        this.shell = new PromptShellChannel(context, hmac, false, this, session);
        this.control = new PromptShellChannel(context, hmac, true, this, session);
        this.iopub = new KernelIOPubChannel(context, hmac, session);
        this.stdin = new KernelStdinChannel(context, hmac, session);
    }

    /** The kernel's session id, the same in every message it sends. */
    public String sessionId() {
        return session.id();
    }

    @Override
    public synchronized void connect() {
        if (connected) {
            return;
        }
        heartbeat.bind(props);
        iopub.bind(props);
        stdin.bind(props);
        control.bind(props);
        shell.bind(props);
        connected = true;
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    @Override
    public IOPubChannel getIOPub() {
        return iopub;
    }

    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel channel, MessageContext request) {
        // The constructor is protected; an (empty) subclass is how another package may call it.
        return new ShellReplyEnvironment(channel, stdin, iopub, request) { };
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shell.close();
        control.close();
        stdin.close();
        iopub.close();
        context.close();
        super.close();
    }

    @Override
    public void waitUntilClose() {
        shell.waitUntilClose();
        control.waitUntilClose();
        super.waitUntilClose();
    }
}
