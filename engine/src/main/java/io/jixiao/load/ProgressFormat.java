package io.jixiao.load;

import io.jixiao.model.DepartmentProgress;

/**
 * A kind of progress file besides YAML, plugged in as a {@link java.util.ServiceLoader} service
 * ({@code META-INF/services/io.jixiao.load.ProgressFormat}), as {@link ActualsFormat} is for actuals: jixiao-office
 * registers the filled 绩效监控表 of {@code jixiao template --monitoring}. {@link ProgressFiles} reads a file with the
 * first format that {@link #reads} it.
 */
public interface ProgressFormat {

    /** True for the files this format reads, by their name ({@link Source#name()}). */
    boolean reads(String name);

    /** Reads a file or its bytes ({@link Source.FileSource}, {@link Source.BytesSource}); other sources are YAML. */
    LoadResult<DepartmentProgress> load(Source source);
}
