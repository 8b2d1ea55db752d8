/** Implementation detail of the Crunchy Bridge client; not API, may change in any release. */
package dev.dbcloud.crunchy.internal;
