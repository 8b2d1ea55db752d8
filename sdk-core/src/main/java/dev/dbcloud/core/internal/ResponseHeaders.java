package dev.dbcloud.core.internal;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;

/**
 * The headers of one response as the SDK shows them ({@code ApiResponse.headers()}, {@code
 * ApiResponseException.headers()}): an unmodifiable map from lower-case name to values, every value scrubbed of the
 * call's secrets. It keeps OkHttp's immutable {@link Headers} and builds the map only when first asked for, so a
 * typed call whose caller never looks at the headers copies none of them. Thread-safe; {@link HeaderMaps#copy} keeps
 * it as it is instead of copying it again.
 */
final class ResponseHeaders extends AbstractMap<String, List<String>> {
    private final Headers headers;
    private final CredentialScrubber scrubber;
    private volatile Map<String, List<String>> map;

    ResponseHeaders(Headers headers, CredentialScrubber scrubber) {
        this.headers = headers;
        this.scrubber = scrubber;
    }

    /** Names lower-cased and sorted as OkHttp's {@link Headers#toMultimap()} gives them, values scrubbed. */
    private Map<String, List<String>> map() {
        Map<String, List<String>> built = map;
        if (built == null) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> header : headers.toMultimap().entrySet()) {
                List<String> values = new ArrayList<>(header.getValue().size());
                for (String value : header.getValue()) {
                    values.add(scrubber.scrub(value));
                }
                copy.put(header.getKey(), List.copyOf(values));
            }
            built = Collections.unmodifiableMap(copy);
            map = built; // a race builds the same map twice, harmlessly
        }
        return built;
    }

    @Override
    public Set<Map.Entry<String, List<String>>> entrySet() {
        return map().entrySet();
    }

    @Override
    public List<String> get(Object name) {
        return map().get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return map().containsKey(name);
    }

    @Override
    public int size() {
        return map().size();
    }
}
