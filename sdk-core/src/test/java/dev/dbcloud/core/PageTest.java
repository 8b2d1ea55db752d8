package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.*;

import dev.dbcloud.core.errors.ApiDecodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PageTest {

    /** Serves pages by cursor from a map and counts every fetch. */
    private static final class Server implements Function<String, Page<String>> {
        private final Map<String, Page<String>> pages = new HashMap<>();
        private final List<String> requested = new ArrayList<>();

        Page<String> first(List<String> items, boolean hasMore, String nextCursor) {
            return Page.of(items, hasMore, null, nextCursor, this);
        }

        void serve(String cursor, List<String> items, boolean hasMore, String nextCursor) {
            pages.put(cursor, Page.of(items, hasMore, cursor, nextCursor, this));
        }

        @Override
        public Page<String> apply(String cursor) {
            requested.add(cursor);
            Page<String> page = pages.get(cursor);
            if (page == null) {
                throw new AssertionError("unexpected cursor " + cursor);
            }
            return page;
        }

        int fetches() {
            return requested.size();
        }
    }

    /** Three pages: a1..a3, then b1..b3 at cursor "c2", then c1 at cursor "c3". */
    private static Page<String> threePages(Server server) {
        server.serve("c2", List.of("b1", "b2", "b3"), true, "c3");
        server.serve("c3", List.of("c1"), false, null);
        return server.first(List.of("a1", "a2", "a3"), true, "c2");
    }

    @Test
    void itemsAreThisPageOnly() {
        Server server = new Server();
        Page<String> first = threePages(server);

        assertThat(first.items()).containsExactly("a1", "a2", "a3");
        assertThat(first.hasMore()).isTrue();
        assertThat(first.nextCursor()).contains("c2");
        assertThat(server.fetches()).isZero();
    }

    @Test
    void itemsAreCopiedAndUnmodifiable() {
        List<String> items = new ArrayList<>(List.of("a", "b"));
        Page<String> page = Page.of(items, false, null, null, c -> {
            throw new AssertionError("no fetch expected");
        });

        items.add("c");

        assertThat(page.items()).containsExactly("a", "b");
        assertThatThrownBy(() -> page.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void autoPagerWalksEveryPageInOrder() {
        Server server = new Server();
        Page<String> first = threePages(server);

        List<String> all = new ArrayList<>();
        first.autoPager().forEach(all::add);

        assertThat(all).containsExactly("a1", "a2", "a3", "b1", "b2", "b3", "c1");
        assertThat(server.requested).containsExactly("c2", "c3");
    }

    @Test
    void autoPagerFetchesNothingUntilIterationReachesTheEndOfThePage() {
        Server server = new Server();
        Page<String> first = threePages(server);

        Iterable<String> pager = first.autoPager();
        assertThat(server.fetches()).isZero();

        Iterator<String> it = pager.iterator();
        assertThat(it.next()).isEqualTo("a1");
        assertThat(it.next()).isEqualTo("a2");
        assertThat(it.next()).isEqualTo("a3");
        assertThat(server.fetches()).isZero();

        assertThat(it.hasNext()).isTrue();
        assertThat(server.requested).containsExactly("c2");

        assertThat(it.next()).isEqualTo("b1");
        assertThat(server.fetches()).isEqualTo(1);
    }

    @Test
    void autoPagerFetchesExactlyOneLessThanThePageCount() {
        Server server = new Server();
        Page<String> first = threePages(server);

        int count = 0;
        for (String ignored : first.autoPager()) {
            count++;
        }

        assertThat(count).isEqualTo(7);
        assertThat(server.fetches()).isEqualTo(2);
    }

    @Test
    void eachAutoPagerIterationStartsFromThisPage() {
        Server server = new Server();
        Page<String> first = threePages(server);
        Iterable<String> pager = first.autoPager();

        List<String> once = new ArrayList<>();
        pager.forEach(once::add);
        List<String> twice = new ArrayList<>();
        pager.forEach(twice::add);

        assertThat(twice).isEqualTo(once).hasSize(7);
        assertThat(server.fetches()).isEqualTo(4);
    }

    @Test
    void exhaustedIteratorThrowsNoSuchElement() {
        Page<String> page = Page.of(List.of("only"), false, null, null, c -> {
            throw new AssertionError("no fetch expected");
        });
        Iterator<String> it = page.autoPager().iterator();

        assertThat(it.next()).isEqualTo("only");
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void autoPagerSkipsEmptyIntermediatePages() {
        Server server = new Server();
        server.serve("c2", List.of(), true, "c3");
        server.serve("c3", List.of("z"), false, null);
        Page<String> first = server.first(List.of(), true, "c2");

        assertThat(first.autoPager()).containsExactly("z");
        assertThat(server.requested).containsExactly("c2", "c3");
    }

    @Test
    void streamYieldsEveryItem() {
        Server server = new Server();
        Page<String> first = threePages(server);

        assertThat(first.stream().toList()).containsExactly("a1", "a2", "a3", "b1", "b2", "b3", "c1");
        assertThat(server.fetches()).isEqualTo(2);
    }

    @Test
    void streamIsLazy() {
        Server server = new Server();
        Page<String> first = threePages(server);

        assertThat(first.stream().limit(2).toList()).containsExactly("a1", "a2");
        assertThat(first.stream().limit(3).toList()).containsExactly("a1", "a2", "a3");
        assertThat(first.stream().filter(s -> s.equals("a2")).findFirst()).contains("a2");
        assertThat(server.fetches()).isZero();

        assertThat(first.stream().limit(4).toList()).containsExactly("a1", "a2", "a3", "b1");
        assertThat(server.requested).containsExactly("c2");
    }

    @Test
    void stopsWhenHasMoreIsFalseEvenWithNextCursor() {
        Page<String> page = Page.of(List.of("a"), false, null, "c2", c -> {
            throw new AssertionError("no fetch expected");
        });

        assertThat(page.hasMore()).isFalse();
        assertThat(page.nextCursor()).isEmpty();
        assertThat(page.nextPage()).isEmpty();
        assertThat(page.autoPager()).containsExactly("a");
        assertThat(page.stream().toList()).containsExactly("a");
    }

    @Test
    void stopsWhenNextCursorIsNullEvenIfHasMore() {
        Page<String> page = Page.of(List.of("a"), true, null, null, c -> {
            throw new AssertionError("no fetch expected");
        });

        assertThat(page.hasMore()).isFalse();
        assertThat(page.nextCursor()).isEmpty();
        assertThat(page.nextPage()).isEmpty();
        assertThat(page.autoPager()).containsExactly("a");
    }

    @Test
    void stopsWhenNextCursorIsEmptyEvenIfHasMore() {
        Page<String> page = Page.of(List.of("a", "b"), true, "c1", "", c -> {
            throw new AssertionError("no fetch expected");
        });

        assertThat(page.hasMore()).isFalse();
        assertThat(page.nextCursor()).isEmpty();
        assertThat(page.nextPage()).isEmpty();
        assertThat(page.stream().toList()).containsExactly("a", "b");
    }

    @Test
    void nextPageFetchesWithTheNextCursor() {
        Server server = new Server();
        Page<String> first = threePages(server);

        Optional<Page<String>> second = first.nextPage();

        assertThat(second).isPresent();
        assertThat(second.get().items()).containsExactly("b1", "b2", "b3");
        assertThat(server.requested).containsExactly("c2");
        assertThat(second.get().nextPage().orElseThrow().items()).containsExactly("c1");
        assertThat(server.requested).containsExactly("c2", "c3");
    }

    @Test
    void nextPageIsEmptyOnTheLastPage() {
        Server server = new Server();
        Page<String> last =
                threePages(server).nextPage().orElseThrow().nextPage().orElseThrow();

        assertThat(last.hasMore()).isFalse();
        assertThat(last.nextPage()).isEmpty();
        assertThat(server.fetches()).isEqualTo(2);
    }

    @Test
    void nextPageRefusesANextCursorEqualToItsOwnCursor() {
        Server server = new Server();
        Page<String> stuck = Page.of(List.of("x"), true, "c5", "c5", server);

        assertThatThrownBy(stuck::nextPage)
                .isInstanceOf(ApiDecodingException.class)
                .hasMessageContaining("c5");
        assertThat(server.fetches()).isZero();
    }

    @Test
    void autoPagerStopsWhenASecondPageRepeatsTheFirstPagesCursor() {
        Server server = new Server();
        server.serve("c2", List.of("b1"), true, "c2");
        Page<String> first = server.first(List.of("a1"), true, "c2");

        Iterator<String> it = first.autoPager().iterator();
        assertThat(it.next()).isEqualTo("a1");
        assertThat(it.next()).isEqualTo("b1");

        assertThatThrownBy(it::hasNext).isInstanceOf(ApiDecodingException.class).hasMessageContaining("c2");
        assertThat(server.requested).containsExactly("c2");
    }

    @Test
    void autoPagerStopsOnACursorCycle() {
        Server server = new Server();
        server.serve("A", List.of("a"), true, "B");
        server.serve("B", List.of("b"), true, "A");
        Page<String> first = server.first(List.of("start"), true, "A");

        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> first.autoPager().forEach(seen::add))
                .isInstanceOf(ApiDecodingException.class)
                .hasMessageContaining("'A'");

        assertThat(seen).containsExactly("start", "a", "b");
        assertThat(server.requested).containsExactly("A", "B");
    }

    @Test
    void autoPagerStopsOnACycleLongerThanOnePageThatDoesNotReturnToTheStart() {
        Server server = new Server();
        server.serve("s", List.of("s1"), true, "a");
        server.serve("a", List.of("a1"), true, "b");
        server.serve("b", List.of("b1"), true, "c");
        server.serve("c", List.of("c1"), true, "a");
        Page<String> first = server.first(List.of("start"), true, "s");

        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> first.autoPager().forEach(seen::add))
                .isInstanceOf(ApiDecodingException.class)
                .hasMessageContaining("a second time");

        // μ = 1 page before the cycle a→b→c→a, λ = 3 in it: caught within 2·max(μ, λ) + λ = 9 fetches.
        assertThat(server.fetches()).isGreaterThan(4).isLessThanOrEqualTo(9);
        assertThat(seen).startsWith("start", "s1", "a1", "b1", "c1", "a1");
    }

    @Test
    void autoPagerStopsOnALongCycleWithoutRememberingEveryCursor() {
        // Pages p0 → p1 → … → p99 → p40: a cycle of 60 pages entered after 40.
        Server server = new Server();
        for (int i = 0; i < 100; i++) {
            server.serve("p" + i, List.of("i" + i), true, "p" + (i == 99 ? 40 : i + 1));
        }
        Page<String> first = server.first(List.of("start"), true, "p0");

        assertThatThrownBy(() -> first.autoPager().forEach(s -> {})).isInstanceOf(ApiDecodingException.class);

        assertThat(server.fetches()).isGreaterThan(100).isLessThanOrEqualTo(2 * 60 + 60 + 2);
    }

    @Test
    void autoPagerFromAResumedPageRefusesToReturnToItsCursor() {
        Server server = new Server();
        server.serve("B", List.of("b"), true, "A");
        Page<String> resumed = Page.of(List.of("a"), true, "A", "B", server);

        assertThatThrownBy(() -> resumed.autoPager().forEach(s -> {})).isInstanceOf(ApiDecodingException.class);
        assertThat(server.requested).containsExactly("B");
    }

    @Test
    void streamStopsOnACursorCycle() {
        Server server = new Server();
        server.serve("A", List.of("a"), true, "B");
        server.serve("B", List.of("b"), true, "A");
        Page<String> first = server.first(List.of("start"), true, "A");

        assertThatThrownBy(() -> first.stream().count()).isInstanceOf(ApiDecodingException.class);
        assertThat(server.fetches()).isEqualTo(2);
    }

    @Test
    void nullItemsOrFetcherAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> Page.of(null, false, null, null, c -> null));
        assertThatNullPointerException().isThrownBy(() -> Page.<String>of(List.of(), false, null, null, null));
    }

    @Test
    void toStringShowsSizeAndCursorButNotItems() {
        Page<String> page = Page.of(List.of("secret-item", "b"), true, null, "c2", c -> null);

        assertThat(page.toString()).contains("items=2").contains("c2").doesNotContain("secret-item");
    }
}
