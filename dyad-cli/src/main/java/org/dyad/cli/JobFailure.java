package org.dyad.cli;

/**
 * The job could not run for a reason outside the command line: the event store would not open, a SQL query
 * failed, a file could not be read or written. Reported in one line with exit code 3 ({@link Main#CANNOT_RUN}),
 * apart from the usage errors of {@link UserException} (exit code 2) that a corrected command line fixes.
 */
final class JobFailure extends RuntimeException {
    JobFailure(String message) {
        super(message);
    }
}
