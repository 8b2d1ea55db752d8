package dev.dbcloud.codegen;

import java.util.List;

/** Writes resources; not described in any module yet. */
final class ResourceEmitter implements Emitter {
    @Override
    public List<JavaSource> emit(String packageName, Description item) {
        throw new IllegalArgumentException(item.where() + ": resources cannot be generated yet");
    }
}
