/**
 * Document readers: inputs of {@code dyad code} turned into {@link org.dyad.core.model.Document}s.
 *
 * <p>{@link org.dyad.io.Readers} is the entry point: it opens each input (a path, or {@code -} for stdin), picks
 * its {@link org.dyad.io.InputFormat} (forced, by extension, or by content), refuses empty and binary inputs,
 * enforces the word limit, and hands documents and {@link org.dyad.io.InputProblem}s to a
 * {@link org.dyad.io.DocumentSink} as it goes. Problems are warnings (a guess was made, e.g. the file's date used
 * for want of {@code --date}) or errors (a record or file was skipped); nothing thrown by one input stops the next.
 *
 * <p>Each format has its own small {@link org.dyad.io.DocumentReader}: plain text, HTML (article body only, see
 * {@link org.dyad.io.PageFurniture}), JSONL (streamed line by line; texts are passed on unchanged so that
 * character spans in the output match the caller's own text) and PETRARCH XML (streamed with StAX).
 */
package org.dyad.io;
