package dev.dbcloud.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
 * }</pre>
 *
 * <p>Attributes marked {@code @Value.Redacted} print as {@code ****} in {@code toString()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeAbstract = "*Def",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        jdkOnly = true,
        redactedMask = "****",
        forceJacksonPropertyNames = false,
        optionalAcceptNullable = true,
        defaults = @Value.Immutable(copy = true))
public @interface DbCloudStyle {}
