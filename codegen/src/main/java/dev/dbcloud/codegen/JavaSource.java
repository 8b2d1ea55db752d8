package dev.dbcloud.codegen;

/**
 * One generated compilation unit.
 *
 * @param packageName its package
 * @param className its top-level class
 * @param text the whole file
 */
record JavaSource(String packageName, String className, String text) {}
