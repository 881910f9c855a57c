package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.api.Jixiao;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code jixiao --version} says the build's version, as {@link Jixiao#version()} does. */
class VersionTest {

    @Test
    void versionIsTheBuilds() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String version = pom.substring(pom.indexOf("<version>") + "<version>".length(), pom.indexOf("</version>"));

        Run r = Run.of("--version");

        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("jixiao " + version);
        assertThat(Jixiao.version()).isEqualTo(version);
    }
}
