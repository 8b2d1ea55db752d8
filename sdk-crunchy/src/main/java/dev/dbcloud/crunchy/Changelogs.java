package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.PagedList;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ActivityEndpoints;
import dev.dbcloud.crunchy.internal.ParamChecks;

/**
 * The Crunchy Bridge product changelog: {@code /changelogs}. Get it from {@link CrunchyBridgeClient#changelogs()}.
 *
 * <pre>{@code
 * ListChangelogsParams params = ListChangelogsParams.builder().component(ChangelogComponent.POSTGRES).build();
 * for (Changelog c : cb.changelogs().listAll(params)) { … }
 * Changelog entry = cb.changelogs().get(entryIdOrName);
 * }</pre>
 *
 * <p>Each method sends one request.
 */
public final class Changelogs extends Resource<Changelogs, Changelogs.WithRawResponse>
        implements PagedList<Changelog, ListChangelogsParams> {

    Changelogs(Invoker invoker) {
        super(invoker, Changelogs::new, WithRawResponse::new);
    }

    /**
     * Lists the first page of changelog entries: {@code GET /changelogs}.
     *
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Changelog> list() {
        return withRawResponse().list().value();
    }

    /**
     * Lists changelog entries: {@code GET /changelogs}. Later pages repeat the parameters and this view's options.
     *
     * @param params paging, order and product area
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    @Override
    public Page<Changelog> list(ListChangelogsParams params) {
        return withRawResponse().list(params).value();
    }

    /**
     * Gets a changelog entry by its ID or its name: {@code GET /changelogs/{changelog_id_or_name}}.
     *
     * @param idOrName the entry's ID or name, not blank
     * @return the entry
     */
    public Changelog get(String idOrName) {
        return withRawResponse().get(idOrName).value();
    }

    /** The operations of {@link Changelogs} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link Changelogs#list()}, with the response. */
        public ApiResponse<Page<Changelog>> list() {
            return list(ListChangelogsParams.builder().build());
        }

        /** {@link Changelogs#list(ListChangelogsParams)}, with the response. */
        public ApiResponse<Page<Changelog>> list(ListChangelogsParams params) {
            return send(requireNonNull(params, "params == null").bind(ActivityEndpoints.LIST_CHANGELOGS.call()));
        }

        /** {@link Changelogs#get(String)}, with the response. */
        public ApiResponse<Changelog> get(String idOrName) {
            ParamChecks.text(idOrName, "idOrName");
            return send(ActivityEndpoints.GET_CHANGELOG.call(idOrName));
        }
    }
}
