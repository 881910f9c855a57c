package io.jixiao.store;

import io.jixiao.pipeline.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes {@code src/test/resources/fixtures/store-v1.mv.db}: an embedded store at schema version 1 holding the
 * bundled 广阳 2023, as a jixiao of that version wrote it. It stands for the stores users have: never regenerate it
 * once committed (a schema change goes into a new migration, and {@link OlderStoreTest} proves the old file still
 * opens). Kept to show how it was made:
 * {@code java -cp <test class path> io.jixiao.store.V1Fixture store/src/test/resources/fixtures/store-v1}.
 */
public final class V1Fixture {

    private V1Fixture() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".mv.db"));
        try (Store s = Store.open(StoreLocation.file(base), "1")) {
            new Importer(s, Options.defaults(), 1).run(List.of(Databases.root().resolve("indicators/guangyang/2023")),
                    o -> System.out.println(o));
            System.out.println("schema " + s.schemaVersion());
        }
    }
}
