package org.dyad.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.Document;

/** A sink that keeps everything, for tests. */
final class Collected implements DocumentSink {
    final List<Document> documents = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();

    @Override public void document(Document document) { documents.add(document); }

    @Override public void problem(InputProblem problem) { problems.add(problem); }

    List<InputProblem> errors() { return problems.stream().filter(p -> !p.isWarning()).toList(); }

    List<InputProblem> warnings() { return problems.stream().filter(InputProblem::isWarning).toList(); }

    Document only() {
        if (documents.size() != 1) throw new AssertionError("expected one document, got " + documents + " " + problems);
        return documents.get(0);
    }

    static Collected read(ReaderOptions options, Path file) {
        Collected c = new Collected();
        new Readers(options).read(file, c);
        return c;
    }

    static Collected read(Path file) {
        return read(ReaderOptions.defaults(), file);
    }

    static Collected readStdin(ReaderOptions options, String content) {
        Collected c = new Collected();
        new Readers(options).readStdin(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), c);
        return c;
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
