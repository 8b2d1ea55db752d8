package dev.dbcloud.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation (or a type or endpoint declaration) that the API's specification calls beta: the vendor may
 * still change or withdraw it, so its shape in this SDK may change in any release, minor ones included. Kept at
 * run time, so tools and tests can find every beta operation by reflection.
 *
 * <pre>{@code
 * @Beta
 * public Cluster somethingNew(String clusterId) { … }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.FIELD, ElementType.CONSTRUCTOR})
public @interface Beta {}
