package dev.dbcloud.codegen;

import java.util.List;

/** Writes the sources of one kind of description item (a model, an open enum, a resource). */
interface Emitter {
    /**
     * The sources one item describes.
     *
     * @param packageName the package of the description file
     * @param item the item
     * @return the sources
     */
    List<JavaSource> emit(String packageName, Description item);
}
