package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.testing.TestClientBuilder;
import dev.dbcloud.core.testing.TestDialect;
import dev.dbcloud.core.testing.Wire;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * The SDK's own code loads no Kotlin reflection: OkHttp's {@code Request.Builder.tag(Class, T)} and {@code
 * Request.tag(Class)} turn the class into a {@code KClass}, which loads some 50 {@code kotlin.reflect} classes on a
 * client's first call. Each check runs in a fresh class loader holding only the SDK, OkHttp, Kotlin's standard
 * library and Jackson, so what the rest of the test JVM loaded does not count.
 */
class KotlinReflectionTest {
    /** Loaded as soon as anything turns a Java class into a Kotlin {@code KClass}. */
    private static final List<String> REFLECTION = List.of("kotlin.jvm.internal.Reflection", "kotlin.reflect.KClass");

    @StartStop
    final MockWebServer server = new MockWebServer();

    /** A class loader isolated from the test's, which tells which classes it loaded. */
    private static final class Isolated extends URLClassLoader {
        Isolated() {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        @SuppressWarnings("unchecked") // the probes are functions from the base URL
        Object run(Class<?> probe, String baseUrl) throws Exception {
            Function<String, Object> function = (Function<String, Object>)
                    loadClass(probe.getName()).getDeclaredConstructor().newInstance();
            return function.apply(baseUrl);
        }

        private static URL[] classPath() {
            Class<?>[] anchors = {
                HttpEngine.class, // sdk-core's classes
                KotlinReflectionTest.class, // its test classes: the probes, TestClientBuilder, TestDialect
                OkHttpClient.class,
                okio.Buffer.class,
                kotlin.Unit.class,
                JsonFactory.class,
                ObjectMapper.class,
                JsonProperty.class,
                Jdk8Module.class,
                JavaTimeModule.class
            };
            URL[] urls = new URL[anchors.length];
            for (int i = 0; i < anchors.length; i++) {
                urls[i] = anchors[i].getProtectionDomain().getCodeSource().getLocation();
            }
            return urls;
        }
    }

    /** Builds an engine and sends a declared GET and a JSON POST through an invoker, as a client's calls do. */
    public static final class SdkCalls implements Function<String, Object> {
        @Override
        public Object apply(String baseUrl) {
            try (HttpEngine engine = HttpEngine.create(
                    new TestClientBuilder()
                            .baseUrl(baseUrl)
                            .credentials(Credentials.basic("key-id", "key-secret"))
                            .resolve(),
                    new TestDialect(true))) {
                Invoker invoker = Invoker.create(engine);
                Object read = invoker.send(
                                Endpoint.get("/things/{id}").returns(Map.class).call("t1"))
                        .value();
                invoker.send(Endpoint.post("/things")
                        .jsonBody()
                        .returnsNothing()
                        .call()
                        .body(Map.of("name", "n")));
                return read;
            }
        }
    }

    /** What the SDK must not do: tag an OkHttp request by class. */
    public static final class TaggedRequest implements Function<String, Object> {
        @Override
        public Object apply(String baseUrl) {
            Request request =
                    new Request.Builder().url(baseUrl).tag(String.class, "tag").build();
            return request.tag(String.class);
        }
    }

    @Test
    void aClientsFirstCallsLoadNoKotlinReflection() throws Exception {
        server.enqueue(Wire.json(200, "{\"id\":\"t1\"}"));
        server.enqueue(Wire.json(201, "{}"));
        try (Isolated loader = new Isolated()) {
            Object read = loader.run(SdkCalls.class, server.url("/").toString());

            assertThat(read).isEqualTo(Map.of("id", "t1"));
            assertThat(server.getRequestCount()).isEqualTo(2);
            for (String name : REFLECTION) {
                assertThat(loader.loaded(name)).as(name).isFalse();
            }
            assertThat(loader.loaded(HttpEngine.class.getName())).isTrue();
        }
    }

    @Test
    void theCheckSeesKotlinReflectionWhenARequestIsTaggedByClass() throws Exception {
        try (Isolated loader = new Isolated()) {
            Object tag = loader.run(TaggedRequest.class, server.url("/").toString());

            assertThat(tag).isEqualTo("tag");
            for (String name : REFLECTION) {
                assertThat(loader.loaded(name)).as(name).isTrue();
            }
        }
    }
}
