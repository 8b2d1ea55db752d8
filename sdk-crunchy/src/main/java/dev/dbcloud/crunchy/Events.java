package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.PagedList;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ActivityEndpoints;

/**
 * Audit events of your teams and clusters, kept 90 days: {@code /events}. Get it from {@link
 * CrunchyBridgeClient#events()}.
 *
 * <pre>{@code
 * ListEventsParams params = ListEventsParams.builder().clusterId(clusterId).build();
 * for (Event e : cb.events().listAll(params)) { … }
 * Event one = cb.events().get(eventId);
 * }</pre>
 *
 * <p>To follow new events, read the newest one ({@code order(SortOrder.DESC)}, {@code limit(1)}), then page
 * ascending from its ID as the cursor with a {@code delaySeconds} while pages say more follow. Each method sends one
 * request; IDs are checked to be Crunchy Bridge IDs before anything is sent.
 */
public final class Events extends Resource<Events, Events.WithRawResponse>
        implements PagedList<Event, ListEventsParams> {

    Events(Invoker invoker) {
        super(invoker, Events::new, WithRawResponse::new);
    }

    /**
     * Lists the first page of the events the calling account caused: {@code GET /events}.
     *
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Event> list() {
        return withRawResponse().list().value();
    }

    /**
     * Lists events: {@code GET /events}. Later pages repeat the parameters and this view's options.
     *
     * @param params paging, order, cluster or team, kinds and delay
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    @Override
    public Page<Event> list(ListEventsParams params) {
        return withRawResponse().list(params).value();
    }

    /**
     * Gets an event: {@code GET /events/{event_id}}.
     *
     * @param eventId the event's ID
     * @return the event
     */
    public Event get(String eventId) {
        return withRawResponse().get(eventId).value();
    }

    /** The operations of {@link Events} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link Events#list()}, with the response. */
        public ApiResponse<Page<Event>> list() {
            return list(ListEventsParams.builder().build());
        }

        /** {@link Events#list(ListEventsParams)}, with the response. */
        public ApiResponse<Page<Event>> list(ListEventsParams params) {
            return send(requireNonNull(params, "params == null").bind(ActivityEndpoints.LIST_EVENTS.call()));
        }

        /** {@link Events#get(String)}, with the response. */
        public ApiResponse<Event> get(String eventId) {
            return send(ActivityEndpoints.GET_EVENT.call(eventId));
        }
    }
}
