package dev.dbcloud.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the model classes Immutables generates, so coverage tools leave them out. It lives in sdk-core rather than
 * in the compile-time-only Immutables jar, so a user compiling against the SDK with {@code -Xlint:all -Werror} finds
 * every annotation the classes carry.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Generated {}
