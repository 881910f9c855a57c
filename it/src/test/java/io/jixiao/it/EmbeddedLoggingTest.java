package io.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.api.Result;
import io.jixiao.api.Scenario;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An application that logs with log4j-core embeds the engine jar: its log file must still be written, and the
 * engine must bring no logging binding, no logging configuration and set no global logging property. (Before the
 * engine was split from the CLI, its jar shipped log4j2.component.properties and slf4j-nop, and a host using
 * log4j-core stopped writing its log file.)
 */
class EmbeddedLoggingTest {

    static final Path GUANGYANG = Path.of("../indicators/guangyang/2023");
    static final Path LOG = Path.of(System.getProperty("jixiao.it.log", "target/host.log"));

    @Test
    void theHostsLogFileIsStillWritten() throws IOException {
        Logger host = LogManager.getLogger("host.app");
        host.info("before jixiao");
        Result r = Scenario.of(GUANGYANG.resolve("targets.yaml"), GUANGYANG.resolve("actuals-example.yaml")).score();
        // the bundled 广阳 department: its 部门整体 table scores 90.78, 优 (docs/scoring.md#department)
        assertThat(r.rounded()).isEqualByComparingTo("90.78");
        host.info("after jixiao: {}", r.grade());
        org.slf4j.LoggerFactory.getLogger("host.slf4j").info("slf4j, as Drools logs, reaches the host's log4j");

        String log = Files.readString(LOG);
        assertThat(log).contains("INFO host.app - before jixiao", "INFO host.app - after jixiao: 优",
                "INFO host.slf4j - slf4j, as Drools logs, reaches the host's log4j");
    }

    @Test
    void theEngineBringsNoBindingNoConfigurationAndSetsNoGlobalProperty() throws Exception {
        Scenario.of(GUANGYANG.resolve("targets.yaml"), GUANGYANG.resolve("actuals-example.yaml")).score();
        ClassLoader loader = getClass().getClassLoader();
        assertThat(Collections.list(loader.getResources("log4j2.component.properties"))).isEmpty();
        List<String> providers = new ArrayList<>();
        ServiceLoader.load(SLF4JServiceProvider.class, loader).forEach(p -> providers.add(p.getClass().getName()));
        assertThat(providers).as("the host's binding alone").containsExactly("org.apache.logging.slf4j.SLF4JServiceProvider");
        // nothing but Drools, Jackson and slf4j-api comes with the engine (its dependency tree, as the host gets it)
        for (String absent : List.of("org.apache.poi.ss.usermodel.Workbook", "picocli.CommandLine",
                "org.slf4j.nop.NOPServiceProvider", "org.slf4j.simple.SimpleServiceProvider")) {
            assertThat(present(absent, loader)).as(absent).isFalse();
        }
        assertThat(System.getProperty("log4j2.loggerContextFactory")).isNull();
        assertThat(System.getProperty("log4j.provider")).isNull();

        // the engine as the host gets it: in a reactor `verify`, the packaged jar
        Path engine = codeSource(Scenario.class);
        if (Files.isRegularFile(engine)) {
            try (ZipFile jar = new ZipFile(engine.toFile())) {
                List<String> logging = jar.stream().map(ZipEntry::getName)
                        .filter(n -> n.startsWith("org/slf4j/") || n.startsWith("org/apache/logging/")
                                || n.startsWith("log4j") || n.endsWith("SLF4JServiceProvider"))
                        .toList();
                assertThat(logging).as(engine.toString()).isEmpty();
                assertThat(jar.getEntry("META-INF/LICENSE")).as("licence in the jar").isNotNull();
                assertThat(jar.getEntry("META-INF/NOTICE")).as("notice in the jar").isNotNull();
            }
        }
    }

    private static boolean present(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Path codeSource(Class<?> c) throws URISyntaxException {
        URL url = c.getProtectionDomain().getCodeSource().getLocation();
        return Path.of(url.toURI());
    }
}
