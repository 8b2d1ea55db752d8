package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list family of a paged resource: {@code listAll} walks the pages of {@code list}, lazily. */
class PagedListTest {
    /** Two pages, "a" then "b", recording the cursor of every page requested. */
    static final class Letters implements PagedList<String, String> {
        final List<String> requested = new ArrayList<>();

        @Override
        public Page<String> list(String params) {
            return page(params, null);
        }

        private Page<String> page(String params, String cursor) {
            requested.add(params + "@" + cursor);
            return cursor == null
                    ? Page.of(List.of("a"), true, null, "next", next -> page(params, next))
                    : Page.of(List.of("b"), false, cursor, null, next -> page(params, next));
        }
    }

    @Test
    void listAllRequestsNothingUntilIterationThenEveryPageWithTheParameters() {
        Letters letters = new Letters();

        Iterable<String> all = letters.listAll("sorted");

        assertThat(letters.requested).isEmpty();
        assertThat(all).containsExactly("a", "b");
        assertThat(letters.requested).containsExactly("sorted@null", "sorted@next");
        assertThat(all).containsExactly("a", "b");
        assertThat(letters.requested).hasSize(4);
    }

    @Test
    void listAllRefusesMissingParametersBeforeAnyRequest() {
        Letters letters = new Letters();

        assertThatNullPointerException().isThrownBy(() -> letters.listAll(null)).withMessage("params == null");
        assertThat(letters.requested).isEmpty();
    }
}
