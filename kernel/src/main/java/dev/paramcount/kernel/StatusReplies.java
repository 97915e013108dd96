package dev.paramcount.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.reply.InterruptReply;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import io.github.spencerpark.jupyter.messages.reply.ShutdownReply;
import io.github.spencerpark.jupyter.messages.request.InterruptRequest;
import io.github.spencerpark.jupyter.messages.request.KernelInfoRequest;
import io.github.spencerpark.jupyter.messages.request.ShutdownRequest;

/**
 * The kernel_info, interrupt and shutdown replies, with the {@code "status": "ok"} the
 * messaging protocol requires and the base library leaves out. Otherwise they do what the base
 * library's handlers do.
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
