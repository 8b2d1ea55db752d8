package dev.dbcloud.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Describes where JSON failed to parse or bind, without quoting the input the way Jackson's messages do. */
final class JsonFailures {
    private JsonFailures() {}

    /**
     * @return e.g. {@code " at $.replicas[0].state (line 1, column 42)"}, or an empty string if Jackson knew
     *     nothing
     */
    static String describe(JsonProcessingException e) {
        StringBuilder where = new StringBuilder();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where.append(" at $");
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    where.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    where.append('[').append(ref.getIndex()).append(']');
                }
            }
        }
        Throwable cause = e.getCause();
        if (e instanceof JsonMappingException && cause instanceof RuntimeException && cause.getMessage() != null) {
            // A model refusing to be built (a required attribute missing): its message names fields, not values.
            where.append(": ").append(cause.getMessage());
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            where.append(" (line ")
                    .append(location.getLineNr())
                    .append(", column ")
                    .append(location.getColumnNr())
                    .append(')');
        }
        return where.toString();
    }
}
