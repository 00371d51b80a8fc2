package org.dyad.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Which {@code Host} headers name this machine, decided from the header alone: never a DNS lookup. */
final class LocalHost {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private LocalHost() {}

    /**
     * Whether a Host header ("127.0.0.1:8080", "localhost", "[::1]:8080") names a loopback address, "localhost" or
     * the address the server is bound to. A name that resolves to loopback ("evil.example" rebound to 127.0.0.1)
     * does not count: that is the attack.
     */
    static boolean accepts(String hostHeader, String bind) {
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0) return false;
            host = host.substring(1, close);
        } else {
            int colon = host.lastIndexOf(':');
            if (colon >= 0 && host.indexOf(':') == colon) host = host.substring(0, colon);
        }
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        if (host.equals("localhost") || host.equalsIgnoreCase(bind)) return true;
        if (IPV4.matcher(host).matches()) {
            String[] octets = host.split("\\.");
            for (String o : octets) if (Integer.parseInt(o) > 255) return false;
            return octets[0].equals("127");
        }
        if (!host.contains(":")) return false;
        try {
            // An IPv6 literal is parsed, never looked up (Java treats any name with a colon as one).
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
