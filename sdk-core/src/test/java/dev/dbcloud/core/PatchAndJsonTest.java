package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.internal.Json;
import java.time.Instant;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PatchAndJsonTest {

    private static JsonNode tree(String json) throws Exception {
        return Json.readTree(json);
    }

    private static JsonNode written(Object value) throws Exception {
        return Json.readTree(Json.write(value));
    }

    private static SampleUpdate readUpdate(String json) throws Exception {
        return Json.reader(Json.type(SampleUpdate.class)).readValue(json);
    }

    private static SampleStatus readStatus(String json) throws Exception {
        return Json.reader(Json.type(SampleStatus.class)).readValue(json);
    }

    // ---- Patch itself

    @Test
    void patchStatesAreDistinct() {
        assertThat(Patch.absent().isAbsent()).isTrue();
        assertThat(Patch.absent().isNull()).isFalse();
        assertThat(Patch.absent().hasValue()).isFalse();

        assertThat(Patch.ofNull().isAbsent()).isFalse();
        assertThat(Patch.ofNull().isNull()).isTrue();
        assertThat(Patch.ofNull().hasValue()).isFalse();

        Patch<Integer> set = Patch.of(12);
        assertThat(set.isAbsent()).isFalse();
        assertThat(set.isNull()).isFalse();
        assertThat(set.hasValue()).isTrue();
        assertThat(set.value()).isEqualTo(12);
        assertThat(set.asOptional()).contains(12);
    }

    @Test
    void patchValueOfAbsentOrNullThrows() {
        assertThatThrownBy(() -> Patch.absent().value())
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("absent");
        assertThatThrownBy(() -> Patch.ofNull().value())
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("null");
        assertThat(Patch.absent().asOptional()).isEmpty();
        assertThat(Patch.ofNull().asOptional()).isEmpty();
    }

    @Test
    void patchOfNullValueIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> Patch.of(null)).withMessageContaining("Patch.ofNull()");
    }

    @Test
    void patchEqualityDistinguishesTheThreeStates() {
        assertThat(Patch.of(12)).isEqualTo(Patch.of(12)).hasSameHashCodeAs(Patch.of(12));
        assertThat(Patch.of(12)).isNotEqualTo(Patch.of(13));
        assertThat(Patch.absent()).isNotEqualTo(Patch.ofNull());
        assertThat(Patch.<Integer>ofNull()).isNotEqualTo(Patch.of(12));
        assertThat(Patch.absent()).isEqualTo(Patch.absent());
    }

    @Test
    void patchToStringNamesTheState() {
        assertThat(Patch.absent()).hasToString("Patch.absent()");
        assertThat(Patch.ofNull()).hasToString("Patch.ofNull()");
        assertThat(Patch.of(12)).hasToString("Patch.of(12)");
    }

    // ---- Patch in JSON

    @Test
    void absentPatchIsOmitted() throws Exception {
        SampleUpdate update = SampleUpdate.builder().build();

        assertThat(update.periodHours().isAbsent()).isTrue();
        assertThat(written(update)).isEqualTo(tree("{}"));
    }

    @Test
    void nullPatchIsWrittenAsNull() throws Exception {
        SampleUpdate update = SampleUpdate.builder().periodHours(Patch.ofNull()).build();

        JsonNode json = written(update);

        assertThat(json).isEqualTo(tree("{\"periodHours\": null}"));
        assertThat(json.has("periodHours")).isTrue();
        assertThat(json.get("periodHours").isNull()).isTrue();
    }

    @Test
    void patchWithValueIsWrittenAsTheValue() throws Exception {
        SampleUpdate update = SampleUpdate.builder().periodHours(Patch.of(12)).build();

        JsonNode json = written(update);

        assertThat(json).isEqualTo(tree("{\"periodHours\": 12}"));
        assertThat(json.get("periodHours").isInt()).isTrue();
    }

    @Test
    void mixedPatchStatesAreWrittenTogether() throws Exception {
        SampleUpdate update = SampleUpdate.builder()
                .periodHours(Patch.of(24))
                .startTime(Patch.ofNull())
                .name("nightly")
                .build();

        assertThat(written(update))
                .isEqualTo(tree("{\"periodHours\": 24, \"startTime\": null, \"name\": \"nightly\"}"));
    }

    @Test
    void missingFieldIsReadAsAbsentPatch() throws Exception {
        SampleUpdate update = readUpdate("{}");

        assertThat(update.periodHours()).isEqualTo(Patch.absent());
        assertThat(update.startTime()).isEqualTo(Patch.absent());
    }

    @Test
    void jsonNullIsReadAsNullPatch() throws Exception {
        SampleUpdate update = readUpdate("{\"periodHours\": null}");

        assertThat(update.periodHours()).isEqualTo(Patch.ofNull());
        assertThat(update.startTime()).isEqualTo(Patch.absent());
    }

    @Test
    void jsonValueIsReadAsPatchOfTheDeclaredType() throws Exception {
        SampleUpdate update = readUpdate("{\"periodHours\": 12, \"startTime\": \"02:00\"}");

        assertThat(update.periodHours()).isEqualTo(Patch.of(12));
        assertThat(update.periodHours().value()).isInstanceOf(Integer.class);
        assertThat(update.startTime()).isEqualTo(Patch.of("02:00"));
    }

    @Test
    void patchValueIsCoercedFromStringToTheDeclaredType() throws Exception {
        SampleUpdate update = readUpdate("{\"periodHours\": \"12\"}");

        assertThat(update.periodHours()).isEqualTo(Patch.of(12));
    }

    @Test
    void updateRoundTripsThroughJson() throws Exception {
        SampleUpdate original = SampleUpdate.builder()
                .periodHours(Patch.ofNull())
                .startTime(Patch.of("02:00"))
                .name("n")
                .createdAt(Instant.parse("2026-03-04T05:06:07.123Z"))
                .build();

        SampleUpdate copy = readUpdate(Json.write(original));

        assertThat(copy).isEqualTo(original);
    }

    // ---- Optional, dates, tolerant reading

    @Test
    void emptyOptionalIsOmitted() throws Exception {
        SampleUpdate update = SampleUpdate.builder().name("n").build();

        JsonNode json = written(update);

        assertThat(json).isEqualTo(tree("{\"name\": \"n\"}"));
        assertThat(json.has("password")).isFalse();
        assertThat(json.has("createdAt")).isFalse();
    }

    @Test
    void jsonNullIsReadAsEmptyOptional() throws Exception {
        SampleUpdate update = readUpdate("{\"name\": null}");

        assertThat(update.name()).isEmpty();
    }

    @Test
    void instantIsWrittenAsIsoString() throws Exception {
        SampleUpdate update = SampleUpdate.builder()
                .createdAt(Instant.parse("2026-01-02T03:04:05Z"))
                .build();

        JsonNode createdAt = written(update).get("createdAt");

        assertThat(createdAt.isTextual()).isTrue();
        assertThat(Instant.parse(createdAt.asText())).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(createdAt.asText()).startsWith("2026-01-02T03:04:05");
    }

    @Test
    void instantWithOffsetIsReadAsTheSameMoment() throws Exception {
        SampleUpdate update = readUpdate("{\"createdAt\": \"2026-01-02T04:04:05+01:00\"}");

        assertThat(update.createdAt()).contains(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void unknownPropertiesAreIgnoredOnRead() throws Exception {
        SampleUpdate update =
                readUpdate("{\"name\": \"n\", \"addedLater\": {\"deep\": [1, 2]}, \"other\": 3, \"flag\": true}");

        assertThat(update.name()).contains("n");
    }

    @Test
    void numbersAndBooleansAreAcceptedAsStrings() throws Exception {
        SampleStatus status = readStatus(
                "{\"replicas\": \"100\", \"highAvailability\": \"true\", \"storageGb\": \"250\", \"state\": \"running\"}");

        assertThat(status.replicas()).isEqualTo(100);
        assertThat(status.highAvailability()).isTrue();
        assertThat(status.storageGb()).contains(250);
    }

    @Test
    void numbersAndBooleansAreWrittenAsJsonTypes() throws Exception {
        SampleStatus status = SampleStatus.builder()
                .replicas(3)
                .highAvailability(false)
                .state(SampleState.RUNNING)
                .build();

        JsonNode json = written(status);

        assertThat(json).isEqualTo(tree("{\"replicas\": 3, \"highAvailability\": false, \"state\": \"running\"}"));
    }

    // ---- Redaction

    @Test
    void redactedFieldIsMaskedInToString() {
        SampleUpdate update = SampleUpdate.builder()
                .name("visible-name")
                .password("hunter2-secret")
                .build();

        assertThat(update.toString()).contains("visible-name").contains("****").doesNotContain("hunter2-secret");
    }

    @Test
    void redactionDoesNotChangeTheJsonSent() throws Exception {
        SampleUpdate update = SampleUpdate.builder().password("hunter2-secret").build();

        assertThat(written(update)).isEqualTo(tree("{\"password\": \"hunter2-secret\"}"));
    }

    // ---- OpenEnum

    @Test
    void knownValuesAreTheSameInstance() throws Exception {
        assertThat(SampleState.of("running")).isSameAs(SampleState.RUNNING);
        assertThat(Json.reader(Json.type(SampleState.class)).<SampleState>readValue("\"stopped\""))
                .isSameAs(SampleState.STOPPED);
        assertThat(readStatus("{\"replicas\": 1, \"highAvailability\": true, \"state\": \"running\"}")
                        .state())
                .isSameAs(SampleState.RUNNING);
        assertThat(SampleState.RUNNING.isKnown()).isTrue();
        assertThat(SampleState.RUNNING.value()).isEqualTo("running");
        assertThat(SampleState.RUNNING).hasToString("running");
    }

    @Test
    void sortOrderReadsAndWritesTheWireValuesAndKeepsUnknownOnes() throws Exception {
        assertThat(SortOrder.knownValues()).containsExactly(SortOrder.ASC, SortOrder.DESC);
        assertThat(Json.reader(Json.type(SortOrder.class)).<SortOrder>readValue("\"desc\""))
                .isSameAs(SortOrder.DESC);
        assertThat(written(SortOrder.ASC)).isEqualTo(tree("\"asc\""));
        SortOrder random = SortOrder.of("random");
        assertThat(random.isKnown()).isFalse();
        assertThat(written(random)).isEqualTo(tree("\"random\""));
    }

    @Test
    void unknownValueDecodesWithoutFailure() throws Exception {
        SampleStatus status = readStatus("{\"replicas\": 1, \"highAvailability\": true, \"state\": \"hibernating\"}");

        SampleState state = status.state();
        assertThat(state.isKnown()).isFalse();
        assertThat(state.value()).isEqualTo("hibernating");
        assertThat(state).isNotIn(SampleState.knownValues());
    }

    @Test
    void unknownValueIsWrittenBackExactly() throws Exception {
        String json = "{\"replicas\": 1, \"highAvailability\": true, \"state\": \"Hibernating_V2 \"}";

        SampleStatus status = readStatus(json);

        assertThat(written(status)).isEqualTo(tree(json));
        assertThat(written(status.state())).isEqualTo(tree("\"Hibernating_V2 \""));
    }

    @Test
    void valuesDifferingOnlyInCaseAreDifferent() {
        SampleState upper = SampleState.of("RUNNING");

        assertThat(upper).isNotSameAs(SampleState.RUNNING).isNotEqualTo(SampleState.RUNNING);
        assertThat(upper.isKnown()).isFalse();
    }

    @Test
    void equalsAndHashCodeAreByValue() {
        SampleState a = SampleState.of("hibernating");
        SampleState b = SampleState.of("hibernating");

        assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(SampleState.of("paused"));
        assertThat(a).isNotEqualTo("hibernating");
    }

    @Test
    void knownValuesAreInDeclarationOrderAndUnmodifiable() {
        assertThat(SampleState.knownValues())
                .containsExactly(SampleState.PROVISIONING, SampleState.RUNNING, SampleState.STOPPED);
        assertThatThrownBy(() -> SampleState.knownValues().add(SampleState.of("x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofNullIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> SampleState.of(null));
    }

    @Test
    void duplicateConstantIsRefused() {
        OpenEnum.Values<SampleState> values = new OpenEnum.Values<>((v, k) -> SampleState.of(v));
        values.known("a");

        assertThatIllegalStateException().isThrownBy(() -> values.known("a")).withMessageContaining("a");
    }

    // ---- null collections

    /** A plain bean, so the rule shows on its own (Immutables' Json delegate would skip a null anyway). */
    static final class Collections {
        public java.util.List<String> list;
        public java.util.Set<String> set;
        public java.util.Map<String, Integer> map;
        public java.util.Collection<String> collection;
        public String text = "default";
    }

    @Test
    void nullListSetMapAndCollectionReadAsEmptyButANullStringStaysNull() throws Exception {
        Collections read = Json.reader(Json.type(Collections.class))
                .readValue("{\"list\":null,\"set\":null,\"map\":null,\"collection\":null,\"text\":null}");

        assertThat(read.list).isEmpty();
        assertThat(read.set).isEmpty();
        assertThat(read.map).isEmpty();
        assertThat(read.collection).isEmpty();
        assertThat(read.text).isNull();
    }
}
