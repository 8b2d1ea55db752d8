package dev.dbcloud.codegen;

import java.util.List;

/** Writes enums; not described in any module yet. */
final class EnumEmitter implements Emitter {
    @Override
    public List<JavaSource> emit(String packageName, Description item) {
        throw new IllegalArgumentException(item.where() + ": enums cannot be generated yet");
    }
}
