package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
    @Test
    void makesTheValueOnFirstUseOnlyAndSharesIt() {
        AtomicInteger made = new AtomicInteger();
        Lazy<Object> lazy = new Lazy<>(() -> {
            made.incrementAndGet();
            return new Object();
        });
        assertThat(made).hasValue(0);

        Object first = lazy.get();

        assertThat(lazy.get()).isSameAs(first);
        assertThat(made).hasValue(1);
    }

    @Test
    void refusesAMissingMakerOrValue() {
        assertThatThrownBy(() -> new Lazy<>(null)).hasMessage("make == null");
        Lazy<Object> nothing = new Lazy<>(() -> null);
        assertThatThrownBy(nothing::get).isInstanceOf(NullPointerException.class);
    }
}
