package org.dyad.server;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.util.concurrent.CancellationException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Notices a client that hangs up while its request is being worked on. Jetty reads nothing from a connection
 * while a request on it is handled, so it would learn of the hang-up only when writing the answer, long after the
 * work was done for nobody. A watch asks the connection to say when it becomes readable: a client waiting for its
 * answer sends nothing, so readable means end of stream (the client closed) or, rarely, a pipelined request, whose
 * bytes cannot be put back: the connection is then closed after this answer ({@link #mustClose()}).
 *
 * <p>Close the watch before the handler returns, so that Jetty can read the connection again.
 */
final class ClientWatch implements AutoCloseable {
    private final EndPoint endPoint;
    private final Runnable onGone;
    private boolean closed;
    private boolean gone;
    private boolean mustClose;

    private ClientWatch(EndPoint endPoint, Runnable onGone) {
        this.endPoint = endPoint;
        this.onGone = onGone;
    }

    /** Starts watching the request's connection; {@code onGone} runs (on a Jetty thread) if the client hangs up. */
    static ClientWatch start(Context ctx, Runnable onGone) {
        EndPoint endPoint = null;
        try {
            endPoint = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData()
                    .getConnection().getEndPoint();
        } catch (RuntimeException e) {
            // Not a Jetty connection (a test double): the time budget still bounds the work.
        }
        ClientWatch watch = new ClientWatch(endPoint, onGone);
        watch.listen();
        return watch;
    }

    private synchronized void listen() {
        if (closed || endPoint == null) return;
        endPoint.tryFillInterested(new Callback() {
            @Override
            public void succeeded() {
                readable();
            }

            @Override
            public void failed(Throwable x) {
                hungUp();
            }
        });
    }

    private void readable() {
        int n;
        try {
            ByteBuffer one = BufferUtil.allocate(1);
            n = endPoint.fill(one);
        } catch (java.io.IOException e) {
            n = -1;
        }
        if (n < 0) {
            hungUp();
        } else if (n == 0) {
            listen(); // woken with nothing to read: keep watching
        } else {
            synchronized (this) {
                mustClose = true;
            }
        }
    }

    private void hungUp() {
        synchronized (this) {
            if (closed || gone) return;
            gone = true;
        }
        onGone.run();
    }

    /** Whether the client hung up. */
    synchronized boolean gone() {
        return gone;
    }

    /** Whether bytes of a next request were read here, so the connection must not be reused. */
    synchronized boolean mustClose() {
        return mustClose;
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        // Withdraw the read interest, or Jetty's own would be refused when it reads the next request.
        if (endPoint instanceof AbstractEndPoint e && e.isFillInterested()) {
            e.getFillInterest().onFail(new CancellationException("request answered"));
        }
    }
}
