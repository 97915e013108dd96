package dev.paramcount.kernel.channels;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zeromq.ZMQ;

/**
 * A shell or control channel that answers as soon as a request arrives. The base library's
 * channel polls without waiting and then sleeps 50 ms, which adds up to 50 ms to every request
 * (a quarter of a second to a cell with a few completions around it) and spends the interrupt
 * budget. This one blocks in the poll, so a request is picked up the moment it lands; the poll
 * times out only so that {@link #close()} is noticed. Its replies carry the kernel's own session.
 */
final class PromptShellChannel extends ShellChannel {
    private static final long POLL_TIMEOUT_MILLIS = 200;
    private static final Logger LOG = Logger.getLogger(PromptShellChannel.class.getName());

    private final boolean isControl;
    private final JupyterConnection connection;
    private final KernelSession session;
    private volatile boolean running;
    private volatile Thread loop;

    PromptShellChannel(ZMQ.Context context, HMACGenerator hmac, boolean isControl, JupyterConnection connection,
            KernelSession session) {
        super(context, hmac, isControl, connection);
        this.isControl = isControl;
        this.connection = connection;
        this.session = session;
    }

    /** Replies carry the kernel's own session (see {@link KernelSession}). */
    @Override
    public synchronized void sendMessage(Message<?> message) {
        super.sendMessage(session.stamp(message));
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        String address = formatAddress(props.getTransport(), props.getIp(),
                isControl ? props.getControlPort() : props.getShellPort());
        if (!bind(address)) {
            throw new IllegalStateException("cannot bind the " + name() + " channel to " + address);
        }
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        running = true;
        Thread t = new Thread(() -> serve(poller), "paramcount-" + name());
        t.setDaemon(true);
        loop = t;
        t.start();
    }

    private void serve(ZMQ.Poller poller) {
        while (running) {
            try {
                if (poller.poll(POLL_TIMEOUT_MILLIS) > 0 && running) {
                    handle(readMessage());
                }
            } catch (RuntimeException e) {
                if (running) { // a malformed or badly signed message; the next one may be fine
                    LOG.log(Level.WARNING, name() + ": dropped a message: " + e);
                }
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void handle(Message message) {
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            LOG.log(Level.FINE, name() + ": no handler for " + message.getHeader().getType().getName());
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        long start = System.nanoTime();
        try {
            handler.handle(env, message);
        } catch (Exception | LinkageError | StackOverflowError e) {
            // Keep serving: a failed handler costs one reply, never the kernel.
            LOG.log(Level.SEVERE, name() + ": handling " + message.getHeader().getType().getName() + " failed", e);
        } finally {
            env.resolveDeferrals();
        }
        if (LOG.isLoggable(Level.FINE)) { // -Dparamcount.kernel.log=FINE: where the time goes
            LOG.fine(String.format("%s: %s took %.1f ms", name(), message.getHeader().getType().getName(),
                    (System.nanoTime() - start) / 1e6));
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    @Override
    public void close() {
        running = false;
        Thread t = loop;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(2 * POLL_TIMEOUT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Thread t = loop;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String name() {
        return isControl ? "control" : "shell";
    }
}
