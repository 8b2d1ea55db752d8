package dev.dbcloud.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A named region of an API that lives on one host per region. An API module implements it (usually with an
 * enum) so its client builder can take {@code .region(…)} instead of a URL, and so a region can be found again
 * from a host.
 */
public interface RegionEndpoint {

    /**
     * The API root for this region, e.g. {@code https://api.us-east.tinybird.co}.
     *
     * @return an absolute https URL
     */
    String baseUrl();

    /**
     * Finds the region whose base URL has the given host, ignoring scheme, port, path and case.
     *
     * @param regions the candidates, e.g. {@code EnumSet.allOf(Region.class)}
     * @param hostOrUrl a host name ({@code api.tinybird.co}) or a URL on it
     * @param <R> the region type
     * @return the region, or empty if none uses that host
     */
    static <R extends RegionEndpoint> Optional<R> byHost(Collection<R> regions, String hostOrUrl) {
        String host = hostOf(hostOrUrl);
        for (R region : regions) {
            if (host.equals(hostOf(region.baseUrl()))) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    private static String hostOf(String hostOrUrl) {
        String value = hostOrUrl.trim();
        HttpUrl url = HttpUrl.parse(value.contains("://") ? value : "https://" + value);
        return url == null ? value.toLowerCase(Locale.ROOT) : url.host();
    }
}
