package org.dyad.server;

/**
 * A request the API turns down, answered as JSON {@code {"error": ..., "parameter": ...}} with the given status.
 * Thrown by handlers and parameter parsing; never carries a stack trace to the client.
 *
 * @param parameter the query parameter, path parameter or body field at fault, or null when none is
 */
final class ApiError extends RuntimeException {
    final int status;
    final String parameter;

    ApiError(int status, String parameter, String message) {
        super(message, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    static ApiError badParameter(String parameter, String message) {
        return new ApiError(400, parameter, message);
    }
}
