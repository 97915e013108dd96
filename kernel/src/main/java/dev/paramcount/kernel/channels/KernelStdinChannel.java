package dev.paramcount.kernel.channels;

import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.reply.InputReply;
import io.github.spencerpark.jupyter.messages.request.InputRequest;
import org.zeromq.ZMQ;

/**
 * The base library's stdin channel, sending with the kernel's own session (see
 * {@link KernelSession}). {@link #getInput} is redone here because the base class sends its
 * {@code input_request} past any override of {@link #sendMessage}.
 */
final class KernelStdinChannel extends StdinChannel {
    private final KernelSession session;

    KernelStdinChannel(ZMQ.Context context, HMACGenerator hmac, KernelSession session) {
        super(context, hmac);
        this.session = session;
    }

    @Override
    public synchronized void sendMessage(Message<?> message) {
        super.sendMessage(session.stamp(message));
    }

    /** Asks the client that sent {@code context} for a line; returns it with a line separator, as the base class does. */
    @Override
    public synchronized String getInput(MessageContext context, String prompt, boolean isPassword) {
        sendMessage(new Message<>(context, InputRequest.MESSAGE_TYPE, new InputRequest(prompt, isPassword)));
        Message<InputReply> reply = readMessage(InputReply.MESSAGE_TYPE);
        return reply.getContent().getValue() + System.lineSeparator();
    }
}
