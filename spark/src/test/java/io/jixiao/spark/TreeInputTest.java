package io.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files of a folder tree are named as review names them: the root as given, then the folder and the file. */
class TreeInputTest {

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
            "hdfs://nn/budget/2024/, d0001/targets.yaml, hdfs://nn/budget/2024/d0001/targets.yaml",
            "hdfs://nn/budget/2024, d0001/targets.yaml, hdfs://nn/budget/2024/d0001/targets.yaml",
            "s3a://bucket/review, a/b/actuals.yaml, s3a://bucket/review/a/b/actuals.yaml",
            "file:/data/review, a/targets.yaml, file:/data/review/a/targets.yaml",
            "hdfs://nn/budget, '', hdfs://nn/budget",
    })
    void aHadoopRootIsJoinedWithSlashes(String root, String relative, String name) {
        assertThat(TreeInput.Located.of(root).name(relative == null ? "" : relative)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
            "indicators/, guangyang/2023/targets.yaml",
            "../indicators, guangyang/2023/targets.yaml",
            "/tmp/x/./y, a/actuals.yaml",
            "., a/targets.yaml",
            "/tmp/预算 2024#1 [复核], 湖北/教育局/targets.yaml",
    })
    void aLocalRootIsResolvedAsReviewsPathIs(String root, String relative) {
        // review: Path.of(root).resolve(the folder).resolve(the file)
        assertThat(TreeInput.Located.of(root).name(relative)).isEqualTo(Path.of(root).resolve(relative).toString());
    }
}
