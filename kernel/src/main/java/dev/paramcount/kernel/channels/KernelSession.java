package dev.paramcount.kernel.channels;

import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import java.util.UUID;

/**
 * The kernel's own session id, one per kernel process, in the header of every message the
 * kernel sends.
 *
 * <p>The Jupyter messaging spec gives each process, kernel or client, a session id of its own
 * (ipykernel makes one when it starts). The base library instead builds each header from the
 * request it answers, so its messages carried the session of whichever client asked (and the
 * {@code starting} status none at all). JupyterLab 4 takes {@code header.session} of the
 * kernel's messages as the kernel's session and ignores status messages of another one as
 * stale, so it showed the kernel as "Unknown" until a cell ran. Every channel the kernel sends
 * on passes its messages through {@link #stamp} just before they are serialized; the parent
 * header, which is how a client matches a reply to its request, stays the request's header.
 */
public final class KernelSession {
    private final String id;

    public KernelSession() {
        this(UUID.randomUUID().toString());
    }

    KernelSession(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The message with this session in its header; everything else (ids, parent, content) as it was. */
    public <T> Message<T> stamp(Message<T> message) {
        Header<T> header = message.getHeader();
        if (id.equals(header.getSessionId())) {
            return message;
        }
        Header<T> own = new Header<>(header.getId(), header.getUsername(), id, header.getTimestamp(),
                header.getType(), header.getVersion());
        return new Message<>(message.getIdentities(), own, message.getParentHeader(), message.getMetadata(),
                message.getContent(), message.getBlobs());
    }
}
