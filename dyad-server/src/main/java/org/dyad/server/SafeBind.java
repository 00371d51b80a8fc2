package org.dyad.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The rule that keeps a store private by default: the server listens on loopback unless told otherwise, and
 * listening anywhere else needs a bearer token, because the store may hold unpublished material.
 */
public final class SafeBind {
    /** Environment variable that supplies the token when {@code --token} is not given. */
    public static final String TOKEN_ENV = "DYAD_TOKEN";

    private SafeBind() {}

    /** Whether an address only this machine can reach: 127.0.0.0/8, ::1, localhost. */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Null when the server may start; otherwise the reason it must not, in words for the person starting it.
     */
    public static String refusal(String bind, String token) {
        if (bind == null || bind.isBlank()) return "--bind is empty";
        if (isLoopback(bind)) return null;
        if (token != null && !token.isBlank()) return null;
        return "refusing to listen on " + bind + " without a token: anyone who can reach this machine could read"
                + " the event store. Give --token T (or set " + TOKEN_ENV + "), or bind to 127.0.0.1.";
    }
}
