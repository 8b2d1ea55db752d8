package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
    @Test
    void makesTheValueOnFirstUseOnlyFromItsOwnerAndSharesIt() {
        AtomicInteger made = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>();

        String first = lazy.get("owner", owner -> owner + "#" + made.incrementAndGet());

        assertThat(first).isEqualTo("owner#1");
        assertThat(lazy.get("other", owner -> owner + "#" + made.incrementAndGet()))
                .isSameAs(first);
        assertThat(made).hasValue(1);
    }

    @Test
    void refusesAMissingValueAndStaysEmpty() {
        Lazy<Object> lazy = new Lazy<>();
        assertThatThrownBy(() -> lazy.get("owner", owner -> null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("made == null");
        assertThat(lazy.get("owner", owner -> "made later")).isEqualTo("made later");
    }
}
