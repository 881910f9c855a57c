package io.jixiao.profile;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Scoring profiles loaded once per review and shared by the workers (a profile is immutable). */
public final class ProfileCache {

    private final Map<String, ScoringProfile> loaded = new ConcurrentHashMap<>();

    /** As {@link ProfileLoader#load}: a built-in name, or a path relative to {@code baseDir}. */
    public ScoringProfile get(String nameOrPath, Path baseDir) {
        // named on the command line or in the API: an unknown one is reported at the name as given
        return get(nameOrPath, baseDir, nameOrPath == null || nameOrPath.isBlank() ? io.jixiao.problem.Location.UNKNOWN
                : io.jixiao.problem.Location.of(nameOrPath.strip()));
    }

    /** {@code at}: where the name was written (a targets file's profile:), for KPI-0130. */
    public ScoringProfile get(String nameOrPath, Path baseDir, io.jixiao.problem.Location at) {
        String spec = nameOrPath == null || nameOrPath.isBlank() ? ProfileLoader.DEFAULT : nameOrPath.strip();
        String key = ProfileLoader.BUILT_IN.contains(spec) || baseDir == null ? spec
                : baseDir.resolve(spec).toAbsolutePath().normalize().toString();
        ScoringProfile p = loaded.get(key);
        if (p == null) {
            p = ProfileLoader.load(spec, baseDir, at);
            loaded.putIfAbsent(key, p);
        }
        return p;
    }
}
