package dev.dbcloud.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.dbcloud.core.Patch;
import java.io.IOException;

/** Jackson handling of {@link Patch}: absent is left out (as "empty"), null is written as null. */
public final class PatchJson {
    private PatchJson() {}

    /** Writes a patch's value, or null; {@link #isEmpty} lets inclusion rules drop absent patches. */
    public static final class Serializer extends StdSerializer<Patch<?>> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer; Jackson calls this. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Serializer() {
            super((Class) Patch.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Patch<?> value) {
            return value == null || value.isAbsent();
        }

        @Override
        public void serialize(Patch<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.hasValue()) {
                provider.defaultSerializeValue(value.value(), gen);
            } else {
                gen.writeNull();
            }
        }
    }

    /** Reads a value into {@code Patch.of}, JSON null into {@code Patch.ofNull()}, a missing field as absent. */
    public static final class Deserializer extends JsonDeserializer<Patch<?>> implements ContextualDeserializer {
        private final JavaType valueType;

        /** Creates the deserializer; Jackson calls this and then contextualises it. */
        public Deserializer() {
            this(null);
        }

        private Deserializer(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            return new Deserializer(type == null ? null : type.containedType(0));
        }

        @Override
        public Patch<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = valueType == null ? ctxt.readValue(p, Object.class) : ctxt.readValue(p, valueType);
            return value == null ? Patch.ofNull() : Patch.of(value);
        }

        @Override
        public Patch<?> getNullValue(DeserializationContext ctxt) {
            return Patch.ofNull();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Patch.absent();
        }
    }
}
