package io.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Language;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Goal#describe()} and {@link Change#toString()} say themselves in the language in use (issue 14). */
class InWordsTest {

    private final Language before = Language.current();

    @AfterEach
    void restore() {
        Language.use(before);
    }

    static Stream<Arguments> goals() {
        Goal grade = new Goal(new BigDecimal("90"), "优", null);
        Goal number = Goal.score(85.5);
        return Stream.of(
                Arguments.of(grade, Language.ZH, "部门得分 ≥ 90 (优)"),
                Arguments.of(grade, Language.EN, "department score ≥ 90 (优)"),
                Arguments.of(number, Language.ZH, "部门得分 ≥ 85.5"),
                Arguments.of(number, Language.EN, "department score ≥ 85.5"),
                Arguments.of(grade.forTable("部门整体"), Language.ZH, "「部门整体」得分 ≥ 90 (优)"),
                Arguments.of(grade.forTable("部门整体"), Language.EN, "score of '部门整体' ≥ 90 (优)"));
    }

    @ParameterizedTest
    @MethodSource("goals")
    void aGoalInWords(Goal goal, Language language, String words) {
        Language.use(language);
        assertThat(goal.describe()).isEqualTo(words);
    }

    static Stream<Arguments> changes() {
        Change was = new Change("部门整体", "维护数量", "90个", "85个");
        Change none = new Change("项目A", "满意度", null, "95%");
        return Stream.of(
                Arguments.of(was, Language.ZH, "部门整体/维护数量: 90个 → 85个"),
                Arguments.of(was, Language.EN, "部门整体/维护数量: 90个 → 85个"),
                Arguments.of(none, Language.ZH, "项目A/满意度: （无） → 95%"),
                Arguments.of(none, Language.EN, "项目A/满意度: (none) → 95%"));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void aChangeInWords(Change change, Language language, String words) {
        Language.use(language);
        assertThat(change).hasToString(words);
    }
}
