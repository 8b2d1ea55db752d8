package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.Invoker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A collection of one service's items ({@link ClickPipes} and {@link ReversePrivateEndpoints}): list, create, get,
 * update and delete, written once. Every typed operation sends the same operation of the raw view through the
 * handle's {@link AutoWake}; every raw operation sends exactly one request. The collection's own class Javadoc
 * says what its operations need and answer.
 *
 * @param <S> the resource's own type
 * @param <R> the type of its raw view
 * @param <T> the item
 * @param <C> what creates an item
 * @param <U> what updates an item
 */
abstract class ServiceCollection<
                S extends ServiceCollection<S, R, T, C, U>, R extends ServiceCollection.Raw<R, T, C, U>, T, C, U>
        extends Resource<S, R> {
    private final String serviceId;
    private final OrganizationInvoker org;
    private final AutoWake wake;

    ServiceCollection(
            OrganizationResolver organization,
            Invoker invoker,
            String serviceId,
            Optional<Duration> autoWake,
            Handle<S> handle,
            RawHandle<R> raw) {
        super(
                invoker,
                view -> handle.create(organization, view, serviceId, autoWake),
                view -> raw.create(organization, view, serviceId));
        this.serviceId = serviceId;
        this.org = new OrganizationInvoker(organization, invoker);
        this.wake = new AutoWake(org, serviceId, autoWake);
    }

    /**
     * Lists the service's items ({@code GET} on the collection).
     *
     * @return the items
     */
    public List<T> list() {
        return call(Raw::list);
    }

    /**
     * Creates an item ({@code POST} on the collection); the class Javadoc says what the new item needs before it
     * can be used.
     *
     * @param params the item to create
     * @return the new item
     */
    public T create(C params) {
        return call(raw -> raw.create(params));
    }

    /**
     * Gets an item ({@code GET …/{id}}).
     *
     * @param id the item's id
     * @return the item
     * @throws dev.dbcloud.core.errors.NotFoundException if there is no such item
     */
    public T get(String id) {
        return call(raw -> raw.get(id));
    }

    /**
     * Updates an item ({@code PATCH …/{id}}); the class Javadoc says which items can be changed and how.
     *
     * @param id the item's id
     * @param params the changes
     * @return the updated item
     */
    public T update(String id, U params) {
        return call(raw -> raw.update(id, params));
    }

    /**
     * Deletes an item ({@code DELETE …/{id}}).
     *
     * @param id the item's id
     */
    public void delete(String id) {
        call(raw -> raw.delete(id));
    }

    /** @return the service this handle works on */
    final String service() {
        return serviceId;
    }

    /** @return the invoker under the organization, with this view's options */
    final OrganizationInvoker org() {
        return org;
    }

    /** @return the auto-wake workflow of this handle */
    final AutoWake wake() {
        return wake;
    }

    /** Sends one operation of the raw view, waking an idle service first if this handle does that. */
    final <X> X call(Function<R, ApiResponse<X>> op) {
        return wake.call(withRawResponse(), op);
    }

    /**
     * Creates a collection's handle for a view.
     *
     * @param <S> the handle's type
     */
    @FunctionalInterface
    interface Handle<S> {
        S create(OrganizationResolver organization, Invoker invoker, String serviceId, Optional<Duration> autoWake);
    }

    /**
     * Creates a collection's raw view for a view.
     *
     * @param <R> the raw view's type
     */
    @FunctionalInterface
    interface RawHandle<R> {
        R create(OrganizationResolver organization, Invoker invoker, String serviceId);
    }

    /**
     * The endpoints of one collection: {@code list} and {@code create} on the collection, the others on an item.
     *
     * @param <T> the item
     */
    record Endpoints<T>(
            Endpoint<List<T>> list, Endpoint<T> create, Endpoint<T> get, Endpoint<T> update, Endpoint<Void> delete) {}

    /**
     * The raw view of a {@link ServiceCollection}: each operation sends exactly one request (retries of it aside)
     * and never wakes an idle service.
     *
     * @param <R> the raw view's own type
     * @param <T> the item
     * @param <C> what creates an item
     * @param <U> what updates an item
     */
    abstract static class Raw<R extends Raw<R, T, C, U>, T, C, U> extends RawResource<R> {
        private final OrganizationInvoker org;
        private final String serviceId;
        private final Endpoints<T> endpoints;

        Raw(
                OrganizationResolver organization,
                Invoker invoker,
                String serviceId,
                Endpoints<T> endpoints,
                RawHandle<R> view) {
            super(invoker, other -> view.create(organization, other, serviceId));
            this.org = new OrganizationInvoker(organization, invoker);
            this.serviceId = serviceId;
            this.endpoints = endpoints;
        }

        /**
         * The typed {@code list()}, with the response.
         *
         * @return the response
         */
        public ApiResponse<List<T>> list() {
            return send(endpoints.list());
        }

        /**
         * The typed {@code create(params)}, with the response.
         *
         * @param params the item to create
         * @return the response
         */
        public ApiResponse<T> create(C params) {
            return sendWith(endpoints.create(), params);
        }

        /**
         * The typed {@code get(id)}, with the response.
         *
         * @param id the item's id
         * @return the response
         */
        public ApiResponse<T> get(String id) {
            return send(endpoints.get(), id);
        }

        /**
         * The typed {@code update(id, params)}, with the response.
         *
         * @param id the item's id
         * @param params the changes
         * @return the response
         */
        public ApiResponse<T> update(String id, U params) {
            return sendWith(endpoints.update(), params, id);
        }

        /**
         * The typed {@code delete(id)}, with the response.
         *
         * @param id the item's id
         * @return the response, which carries no value
         */
        public ApiResponse<Void> delete(String id) {
            return send(endpoints.delete(), id);
        }

        /** Sends an endpoint without a body under this view's service, followed by {@code ids}. */
        final <X> ApiResponse<X> send(Endpoint<X> endpoint, String... ids) {
            return org.send(org.call(endpoint, pathIds(ids)));
        }

        /** Sends an endpoint with a JSON body under this view's service, followed by {@code ids}. */
        final <X> ApiResponse<X> sendWith(Endpoint<X> endpoint, Object body, String... ids) {
            return org.sendWith(endpoint, body, pathIds(ids));
        }

        final <X> ApiResponse<X> sendCommand(Endpoint<X> endpoint, String command, String... ids) {
            return org.sendCommand(endpoint, command, pathIds(ids));
        }

        private String[] pathIds(String... ids) {
            String[] all = new String[ids.length + 1];
            all[0] = serviceId;
            System.arraycopy(ids, 0, all, 1, ids.length);
            return all;
        }
    }
}
