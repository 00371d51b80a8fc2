package org.dyad.cli;

/** A mistake the user can fix (a missing file, a bad dictionary line): reported in one line, no stack trace. */
final class UserException extends RuntimeException {
    UserException(String message) {
        super(message);
    }
}
