package dev.paramcount.kernel.channels;

import io.github.spencerpark.jupyter.channels.IOPubChannel;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import org.zeromq.ZMQ;

/** The base library's IOPub channel, sending with the kernel's own session (see {@link KernelSession}). */
final class KernelIOPubChannel extends IOPubChannel {
    private final KernelSession session;

    KernelIOPubChannel(ZMQ.Context context, HMACGenerator hmac, KernelSession session) {
        super(context, hmac);
        this.session = session;
    }

    @Override
    public synchronized void sendMessage(Message<?> message) {
        super.sendMessage(session.stamp(message));
    }
}
