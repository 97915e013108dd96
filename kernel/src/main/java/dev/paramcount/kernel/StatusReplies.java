package dev.paramcount.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.reply.HistoryReply;
import io.github.spencerpark.jupyter.messages.reply.InterruptReply;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import io.github.spencerpark.jupyter.messages.reply.ShutdownReply;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;
import io.github.spencerpark.jupyter.messages.request.InterruptRequest;
import io.github.spencerpark.jupyter.messages.request.KernelInfoRequest;
import io.github.spencerpark.jupyter.messages.request.ShutdownRequest;
import java.util.List;

/**
 * The kernel_info, interrupt and shutdown replies, with the {@code "status": "ok"} the
 * messaging protocol requires and the base library leaves out. Otherwise they do what the base
 * library's handlers do.
 *
 * <p>And a history reply: the kernel keeps no input history (IJava does not either), and the
 * base library then ignores a {@code history_request} altogether, with no reply and no
 * busy/idle. JupyterLab 4 asks for the history when it opens a notebook and takes the status
 * around that request as the kernel's first status (the busy/idle around its kernel_info
 * requests it deliberately ignores), so without an answer the kernel read "Unknown" until the
 * first cell ran. The answer is an empty history.
 */
final class StatusReplies {
    private StatusReplies() {
    }

    static void register(JavaKernel kernel, JupyterConnection connection) {
        connection.setHandler(MessageType.KERNEL_INFO_REQUEST,
                (ShellReplyEnvironment env, Message<KernelInfoRequest> request) -> {
                    env.setBusyDeferIdle();
                    env.reply(new KernelInfo(kernel));
                });
        connection.setHandler(MessageType.INTERRUPT_REQUEST,
                (ShellReplyEnvironment env, Message<InterruptRequest> request) -> {
                    env.setBusyDeferIdle();
                    env.defer().reply(new Interrupted());
                    kernel.interrupt();
                });
        connection.setHandler(MessageType.HISTORY_REQUEST,
                (ShellReplyEnvironment env, Message<HistoryRequest> request) -> {
                    env.setBusyDeferIdle();
                    env.reply(new NoHistory());
                });
        connection.setHandler(MessageType.SHUTDOWN_REQUEST,
                (ShellReplyEnvironment env, Message<ShutdownRequest> request) -> {
                    boolean restart = request.getContent().isRestart();
                    env.setBusyDeferIdle();
                    env.defer().reply(new ShutDown(restart));
                    kernel.onShutdown(restart);
                    env.resolveDeferrals(); // send the reply before the sockets close
                    env.markForShutdown();
                });
    }

    private static final class KernelInfo extends KernelInfoReply {
        @SuppressWarnings("unused") // serialized
        private final String status = "ok";

        KernelInfo(JavaKernel kernel) {
            super(Header.PROTOCOL_VERISON, KernelVersion.NAME, KernelVersion.VERSION,
                    kernel.getLanguageInfo(), kernel.getBanner(), kernel.getHelpLinks());
        }
    }

    private static final class Interrupted extends InterruptReply {
        @SuppressWarnings("unused") // serialized
        private final String status = "ok";
    }

    private static final class NoHistory extends HistoryReply {
        @SuppressWarnings("unused") // serialized
        private final String status = "ok";

        NoHistory() {
            super(List.of());
        }
    }

    /** The base library's ShutdownReply cannot be extended, so this one stands in for it. */
    private static final class ShutDown implements ContentType<ShutDown> {
        @SuppressWarnings("unused") // serialized
        private final String status = "ok";
        @SuppressWarnings("unused") // serialized
        private final boolean restart;

        ShutDown(boolean restart) {
            this.restart = restart;
        }

        @Override
        @SuppressWarnings("unchecked")
        public MessageType<ShutDown> getType() {
            return (MessageType<ShutDown>) (MessageType<?>) ShutdownReply.MESSAGE_TYPE;
        }
    }
}
