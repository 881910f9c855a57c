package io.jixiao.load;

import io.jixiao.model.DepartmentActuals;

/**
 * A kind of actuals file besides YAML, plugged in as a {@link java.util.ServiceLoader} service
 * ({@code META-INF/services/io.jixiao.load.ActualsFormat}): jixiao-office registers the filled workbook of
 * {@code jixiao template}. {@link ActualsFiles} reads a path with the first format that {@link #reads} it.
 */
public interface ActualsFormat {

    /** True for the files this format reads, by their name ({@link Source#name()}). */
    boolean reads(String name);

    /**
     * True for the sources this format reads: by name, and a format may also know its content (bytes read from
     * standard input have no telling name).
     */
    default boolean reads(Source source) {
        return reads(source.name());
    }

    /**
     * Reads a file or its bytes ({@link Source.FileSource}, {@link Source.BytesSource}); other sources are YAML.
     * {@code allowMissing}: an empty actual is no error (YAML leaves this to scoring).
     */
    LoadResult<DepartmentActuals> load(Source source, boolean allowMissing);
}
