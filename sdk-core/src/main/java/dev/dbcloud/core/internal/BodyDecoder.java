package dev.dbcloud.core.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Decodes a successful JSON body from its stream straight into the target type, through the API's envelope when
 * it has one: no text copy of the body and no tree of it are ever built, so a large list costs little more than
 * its decoded objects. The envelope's other scalar members (a request id) are kept; its other containers skipped.
 */
final class BodyDecoder {
    private BodyDecoder() {}

    /**
     * What decoding produced.
     *
     * @param value the payload, or null when the body carried none (allowed only when asked)
     * @param envelope the envelope's scalar members, or null for a bare body
     */
    record Decoded(Object value, ObjectNode envelope) {}

    /**
     * The body is not what the API promised; the message says how, the cause (if any) where, and the envelope
     * holds the members read before the failure (a request id), or is null.
     */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial") // never serialized: caught inside the engine
        private final ObjectNode envelope;

        Problem(String message, Throwable cause, ObjectNode envelope) {
            super(message, cause, false, false);
            this.envelope = envelope;
        }

        ObjectNode envelope() {
            return envelope;
        }
    }

    /**
     * Decodes a body, or one member of the JSON object it holds (such as the list of {@code {"roles": […]}}): the
     * member is decoded in place and the object's other members skipped, never read into a tree.
     *
     * @param body the body's stream, left open
     * @param resultField the envelope member holding the payload (or the object), or empty for a bare body
     * @param member the member of that object holding the payload, or null when the payload is the whole value
     * @param type the payload type; {@code Void} reads only the envelope and never fails on the payload
     * @param emptyAllowed whether an empty body or absent result gives a null value instead of a problem; an
     *     object without the member (or with {@code null}) always gives a null value
     * @throws IOException if reading the stream failed
     * @throws Problem if the body is not valid JSON or not of the promised shape
     */
    static Decoded decode(
            InputStream body, Optional<String> resultField, String member, JavaType type, boolean emptyAllowed)
            throws IOException, Problem {
        boolean ignored = type.hasRawClass(Void.class);
        ObjectNode envelope = resultField.isPresent() ? JsonNodeFactory.instance.objectNode() : null;
        try (JsonParser parser = Json.parser(body)) {
            JsonToken first = parser.nextToken();
            if (ignored && envelope == null) {
                return new Decoded(null, null);
            }
            Object value = null;
            if (first == null) {
                if (ignored || emptyAllowed) {
                    return new Decoded(null, envelope);
                }
                throw new Problem("the body is empty", null, envelope);
            }
            if (envelope == null && member != null) {
                if (first != JsonToken.START_OBJECT) {
                    throw new Problem("the body is not a JSON object with \"" + member + "\"", null, null);
                }
                return new Decoded(readMember(parser, member, type), null);
            } else if (envelope == null) {
                value = first == JsonToken.VALUE_NULL ? null : read(parser, type);
            } else if (first != JsonToken.START_OBJECT) {
                if (ignored) {
                    return new Decoded(null, null);
                }
                throw new Problem(
                        "the body is not an envelope (a JSON object with \"" + resultField.get() + "\")",
                        null,
                        envelope);
            } else {
                value = readEnvelope(parser, resultField.get(), member, envelope, ignored ? null : type);
            }
            if (value == null && member == null && !ignored && !emptyAllowed) {
                throw new Problem("the response carries no result", null, envelope);
            }
            return new Decoded(value, envelope);
        } catch (JsonProcessingException e) {
            if (ignored) {
                return new Decoded(null, envelope); // a call without result does not care what the body holds
            }
            throw problem(e, type, envelope);
        }
    }

    /**
     * Reads the envelope's members, decoding the payload (or its {@code member}, when not null) in place; {@code
     * type} null skips it.
     */
    private static Object readEnvelope(
            JsonParser parser, String resultField, String member, ObjectNode envelope, JavaType type)
            throws IOException, Problem {
        Object value = null;
        boolean seen = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (name.equals(resultField) && !seen) {
                seen = true;
                if (type == null || token == JsonToken.VALUE_NULL) {
                    parser.skipChildren();
                } else if (member == null) {
                    value = read(parser, type);
                } else if (token == JsonToken.START_OBJECT) {
                    value = readMember(parser, member, type);
                } else {
                    throw new Problem("the result is not a JSON object with \"" + member + "\"", null, envelope);
                }
            } else if (token.isScalarValue()) {
                envelope.set(name, scalar(parser, token));
            } else {
                parser.skipChildren();
            }
        }
        return value;
    }

    /**
     * Reads the object under the parser (at its start) up to its end, decoding {@code member} in place and
     * skipping the rest.
     *
     * @return the member's value, or null when it is absent or {@code null}
     */
    private static Object readMember(JsonParser parser, String member, JavaType type) throws IOException {
        Object value = null;
        boolean seen = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (name.equals(member) && !seen && token != JsonToken.VALUE_NULL) {
                seen = true;
                value = read(parser, type);
            } else {
                parser.skipChildren();
            }
        }
        return value;
    }

    /** The scalar under the parser as a tree node, as Jackson's tree reader would make it, without its context. */
    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (token) {
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT ->
                switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> (JsonNode) Json.read(parser, Json.type(JsonNode.class)); // embedded: never from JSON text
        };
    }

    private static Object read(JsonParser parser, JavaType type) throws IOException {
        return Json.read(parser, type);
    }

    /** Names the failure: broken JSON anywhere, or a payload that does not bind to the type. */
    private static Problem problem(JsonProcessingException e, JavaType type, ObjectNode envelope) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse) {
                return new Problem("the body is not valid JSON", parse, envelope);
            }
        }
        return new Problem("the result is not a valid " + type.getRawClass().getSimpleName(), e, envelope);
    }
}
