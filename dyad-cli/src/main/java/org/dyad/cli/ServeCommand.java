package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import org.dyad.server.DyadServer;
import org.dyad.server.SafeBind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the JSON API and the analyst dashboard over an event store. */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand extends DyadCommand {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "event store made by 'dyad ingest' (default: ${DEFAULT-VALUE}); opened read-only")
    Path db;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String bind;

    @Option(names = "--token", paramLabel = "T",
            description = "bearer token every API call must carry; default: the DYAD_TOKEN environment variable")
    String token;

    /** The paste box (POST /api/code) codes with these, as {@code dyad code} does with the same options. */
    @picocli.CommandLine.Mixin
    DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @Option(names = "--no-store", description = "serve without a store: only 'code a text' (/api/code) works")
    boolean noStore;

    /**
     * The coder of the paste box (POST /api/code), built on first use from the dictionary options as
     * {@code dyad code} builds its own. The dictionaries are read now, so a wrong --dictionaries stops the start,
     * not the first paste.
     */
    java.util.function.Supplier<org.dyad.core.DocumentCoder> pasteBoxCoder() {
        java.io.PrintWriter err = err();
        org.dyad.core.Codebook codebook = Pipelines.codebook(dictionaryOptions, err);
        return () -> Pipelines.coder(Pipelines.annotator(codebook, err), codebook,
                org.dyad.core.DocumentCoder.DEFAULT_MAX_SENTENCE_TOKENS, false);
    }

    @Override
    public Integer call() throws Exception {
        String t = token != null ? token : System.getenv(SafeBind.TOKEN_ENV);
        String bind = address(this.bind);
        if (port < 0 || port > 65535) throw new UserException("--port must be between 0 and 65535, not " + port);
        String refusal = SafeBind.refusal(bind, t);
        if (refusal != null) throw new UserException(refusal);
        if (!noStore && !Files.isRegularFile(db)) {
            throw new UserException("no event store at " + db + " (make one with 'dyad ingest', or give --no-store)");
        }
        java.util.function.Supplier<org.dyad.core.DocumentCoder> pasteBox = pasteBoxCoder();
        DyadServer server;
        try {
            server = DyadServer.create(new DyadServer.Options(noStore ? null : db, bind, port, t,
                    pasteBox));
        } catch (SQLException e) {
            throw new JobFailure("cannot open " + db + ": " + e.getMessage());
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.close();
            throw new JobFailure("cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
        }
        Progress.note(err(), "serving " + (noStore ? "no store" : db) + " at " + url(bind, server.port())
                + (t != null ? " (API calls need the bearer token)" : "") + "; Ctrl-C stops");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return Main.OK;
    }

    /** "[::1]" as written in a URL is the address "::1". */
    static String address(String bind) {
        String b = bind.strip();
        return b.startsWith("[") && b.endsWith("]") ? b.substring(1, b.length() - 1) : b;
    }

    /** The server's address as a URL: an IPv6 address in brackets, once. */
    static String url(String bind, int port) {
        String address = address(bind);
        return "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + port + "/";
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }
}
