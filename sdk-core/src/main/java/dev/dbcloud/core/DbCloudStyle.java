package dev.dbcloud.core;

import dev.dbcloud.core.internal.Generated;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.annotate.InjectAnnotation;
import org.immutables.value.Value;

/**
 * The Immutables style every dbcloud-java model uses. A model is declared as an abstract type named {@code
 * …Def} and users see the generated, public {@code …} type with its builder:
 *
 * <pre>{@code
 * @DbCloudStyle
 * @Value.Immutable
 * @JsonSerialize(as = Service.class)
 * @JsonDeserialize(as = Service.class)
 * abstract class ServiceDef { abstract String name(); }
 *
 * Service s = Service.builder().name("analytics").build();
 * Service renamed = s.withName("reporting");
 * Service copy = Service.builder().from(s).build();
 * Service changed = s.toBuilder().name("other").build();
 * }</pre>
 *
 * <p>Keep the {@code …Def} type package-private so users meet only the generated type; copy with {@code
 * toBuilder()}, {@code builder().from(…)} or the {@code with…} methods. Attributes marked {@code @Value.Redacted}
 * print as {@code ****} in {@code toString()}. A builder missing a required attribute throws {@link
 * IllegalArgumentException} naming the attributes, before anything is sent. For a snake_case API, add {@code @JsonNaming(SnakeCaseStrategy)} to
 * the definition.
 *
 * <p>Declare a collection attribute as a plain {@code List}, {@code Set} or {@code Map}: it is empty when the API
 * leaves it out, and the SDK's JSON reading also reads a JSON {@code null} as empty for every collection-typed
 * property, so a model needs no {@code @JsonSetter(nulls = …)} of its own.
 *
 * <p>The generated types carry sdk-core's own {@link Generated} instead of Immutables' annotations
 * ({@code allowedClasspathAnnotations} admits none but {@code @Override}): Immutables' live only in its
 * compile-time jar, so a user compiling against the SDK with {@code -Xlint:all -Werror} would otherwise fail on
 * "cannot find annotation method".
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@InjectAnnotation(
        type = Generated.class,
        target = {InjectAnnotation.Where.IMMUTABLE_TYPE, InjectAnnotation.Where.BUILDER_TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeAbstract = "*Def",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        jdkOnly = true,
        redactedMask = "****",
        forceJacksonPropertyNames = true,
        optionalAcceptNullable = true,
        toBuilder = "toBuilder",
        allowedClasspathAnnotations = {Override.class},
        throwForInvalidImmutableState = IllegalArgumentException.class,
        defaults = @Value.Immutable(copy = true))
public @interface DbCloudStyle {}
