package dev.paramcount.kernel.channels;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import org.zeromq.ZMQ;

/**
 * The base library's connection with its shell and control channels swapped for
 * {@link PromptShellChannel}s. Heartbeat, stdin and IOPub are the base library's. Every socket
 * binds to the IP and ports of the connection file, nothing else.
 */
public final class KernelConnection extends JupyterConnection {
    private final KernelConnectionProperties props;
    private final ZMQ.Context context;
    private final PromptShellChannel shell;
    private final PromptShellChannel control;
    private boolean connected;
    private boolean closed;

    public KernelConnection(KernelConnectionProperties props) throws NoSuchAlgorithmException, InvalidKeyException {
        super(props);
        this.props = props;
        // The base connection keeps its ZMQ context private, so the replacement channels get their own.
        this.context = ZMQ.context(1);
        HMACGenerator hmac = props.createHMACGenerator();
        this.shell = new PromptShellChannel(context, hmac, false, this);
        this.control = new PromptShellChannel(context, hmac, true, this);
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
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shell.close();
        control.close();
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
