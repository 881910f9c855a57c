package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.problem.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per way loading can fail (fixtures/load/NAME.yaml, named after the failure): the first
 * error finding (or the first finding, for the two warnings) has the expected code, line and column,
 * its message names the offending value and its hint starts with "Maybe".
 *
 * <p>Line/column are 1-based and point at the offending key or value node: for a missing key, at
 * the mapping that lacks it; for a missing/duplicate indicator or project, at the row's mapping;
 * for an empty value, just after the colon.
 */
class LoaderFailureModesTest {

    /** How a fixture is read. */
    enum Mode {
        /** {@link TargetsLoader#load(Path)} (which also reports YamlReader's problems). */
        TARGETS,
        /** {@link ActualsLoader#load(Path)}. */
        ACTUALS,
        /** Actuals load cleanly, then {@link Pairing#check} against fixtures/load/pairing-targets.yaml. */
        PAIRING
    }

    static final String PAIRING_TARGETS = "pairing-targets.yaml";

    static Stream<Arguments> failureModes() {
        return Stream.of(
                // ---- YAML level (YamlReader) --------------------------------------------------------------
                arguments("yaml-syntax-error.yaml", Mode.TARGETS, "KPI-0101", 8, 8, "not valid YAML"),
                // SnakeYAML's problem and problem mark, not Jackson's position or the context line only
                arguments("yaml-syntax-error.yaml", Mode.TARGETS, "KPI-0101", 8, 8,
                        "expected <block end>, but found '<block mapping start>' (while parsing a block collection"
                                + " that starts at line 6, column 7)"),
                // 'name：…' is plain text to YAML: the error surfaces on the next line, reported at the '：'
                arguments("yaml-full-width-colon.yaml", Mode.TARGETS, "KPI-0101", 7, 13, "'name：'"),
                arguments("yaml-tab.yaml", Mode.TARGETS, "KPI-0101", 6, 1,
                        "found character '\\t(TAB)' that cannot start any token"),
                // the problem is at the end of the file: placed at the quote that is never closed
                arguments("yaml-unclosed-quote.yaml", Mode.TARGETS, "KPI-0101", 1, 13,
                        "found unexpected end of stream (while scanning a quoted scalar"),
                arguments("yaml-second-document.yaml", Mode.TARGETS, "KPI-0101", 10, 1, "second YAML document"),
                arguments("duplicate-yaml-key.yaml", Mode.TARGETS, "KPI-0107", 10, 9, "'target'"),
                arguments("duplicate-actual-key-normalised.yaml", Mode.ACTUALS, "KPI-0107", 8, 7,
                        "'设备数量（个/套）' is written twice in the same mapping (first at line 7)"),
                // the anchor '&t' (line 8) is refused before its alias '*t' (line 11) is reached
                arguments("yaml-alias.yaml", Mode.TARGETS, "KPI-0111", 8, 17, "anchor '&t': anchors and aliases"),
                arguments("yaml-alias-without-anchor.yaml", Mode.TARGETS, "KPI-0111", 9, 17,
                        "alias '*t': anchors and aliases"),
                arguments("yaml-alias-mapping.yaml", Mode.TARGETS, "KPI-0111", 6, 9, "anchor '&row'"),
                arguments("yaml-anchor-scalar.yaml", Mode.TARGETS, "KPI-0111", 9, 17, "anchor '&t'"),
                arguments("yaml-anchor-key.yaml", Mode.TARGETS, "KPI-0111", 2, 1, "anchor '&k'"),
                arguments("yaml-anchor-key-later.yaml", Mode.TARGETS, "KPI-0111", 8, 9, "anchor '&n'"),
                arguments("yaml-alias-key.yaml", Mode.TARGETS, "KPI-0111", 9, 9, "alias '*k'"),
                arguments("yaml-too-deep.yaml", Mode.TARGETS, "KPI-0111", 5, 55, "nested deeper than 40 levels"),
                arguments("yaml-tag.yaml", Mode.TARGETS, "KPI-0113", 8, 17, "'!!java.lang.Object'"),
                arguments("yaml-custom-tag.yaml", Mode.TARGETS, "KPI-0113", 3, 11, "'!jixiao'"),
                arguments("yaml-tag-on-key.yaml", Mode.TARGETS, "KPI-0113", 9, 9, "'!!java.lang.Object'"),
                arguments("yaml-tag-on-first-key.yaml", Mode.TARGETS, "KPI-0113", 7, 9, "'!!str'"),
                // ---- targets file: keys and shape ----------------------------------------------------------
                arguments("unknown-key.yaml", Mode.TARGETS, "KPI-0102", 9, 9, "'targt'"),
                arguments("unknown-key-top.yaml", Mode.TARGETS, "KPI-0102", 3, 1, "'buget'"),
                arguments("duplicate-key-alias.yaml", Mode.TARGETS, "KPI-0107", 10, 9,
                        "key 'target' or its synonym '指标值' is written twice in the same mapping (first at line 9)"),
                arguments("missing-department.yaml", Mode.TARGETS, "KPI-0103", 1, 1, "'department'"),
                arguments("missing-projects.yaml", Mode.TARGETS, "KPI-0103", 1, 1, "'projects'"),
                arguments("missing-project-name.yaml", Mode.TARGETS, "KPI-0103", 4, 5, "'name'"),
                arguments("missing-level1.yaml", Mode.TARGETS, "KPI-0103", 6, 9, "'level1'"),
                arguments("missing-indicator-name.yaml", Mode.TARGETS, "KPI-0103", 6, 9, "'name'"),
                arguments("missing-target.yaml", Mode.TARGETS, "KPI-0103", 6, 9, "'target'"),
                arguments("wrong-type-indicators-not-list.yaml", Mode.TARGETS, "KPI-0104", 5, 17, "全年监测舆情信息数量"),
                arguments("wrong-type-indicator-not-mapping.yaml", Mode.TARGETS, "KPI-0104", 6, 9, "全年监测舆情信息数量"),
                arguments("wrong-type-target-list.yaml", Mode.TARGETS, "KPI-0104", 8, 17, "'target'"),
                arguments("unknown-level1.yaml", Mode.TARGETS, "KPI-0105", 10, 17, "产品指标"),
                arguments("duplicate-indicator.yaml", Mode.TARGETS, "KPI-0106", 10, 9, "全年监测舆情信息数量"),
                // （个/套） and (个/套) are one key to pairing: an actual could not say which row it is for
                arguments("duplicate-indicator-normalised.yaml", Mode.TARGETS, "KPI-0106", 10, 9,
                        "'设备数量(个/套)' in table '监测项目' is '设备数量（个/套）' (line 6) written differently"),
                arguments("duplicate-project.yaml", Mode.TARGETS, "KPI-0114", 9, 5, "监测项目"),
                arguments("empty-table.yaml", Mode.TARGETS, "KPI-0118", 5, 5, "监测项目"),
                arguments("empty-table-null.yaml", Mode.TARGETS, "KPI-0118", 6, 5, "监测项目"),
                // ---- targets file: values ------------------------------------------------------------------
                arguments("bad-target-value.yaml", Mode.TARGETS, "KPI-0108", 9, 17, "≥1期 1次 2次"),
                arguments("bad-target-comparator-only.yaml", Mode.TARGETS, "KPI-0108", 9, 17, "'≥'"),
                arguments("bad-target-unit.yaml", Mode.TARGETS, "KPI-0108", 9, 17, "条。"),
                arguments("bad-target-range.yaml", Mode.TARGETS, "KPI-0108", 9, 17, "90-80%"),
                arguments("bad-year.yaml", Mode.TARGETS, "KPI-0117", 2, 7, "'23'"),
                arguments("bad-year-text.yaml", Mode.TARGETS, "KPI-0117", 2, 7, "二〇二三年"),
                arguments("bad-number.yaml", Mode.TARGETS, "KPI-0116", 3, 9, "'abc'"),
                arguments("bad-number-budget-unit.yaml", Mode.TARGETS, "KPI-0116", 5, 13, "20小时"),
                arguments("bad-number-points.yaml", Mode.TARGETS, "KPI-0116", 9, 17, "十分"),
                arguments("bad-number-negative-points.yaml", Mode.TARGETS, "KPI-0116", 9, 17, "-5"),
                arguments("bad-deduction-structured.yaml", Mode.TARGETS, "KPI-0119", 9, 26, "十条"),
                arguments("bad-deduction-text.yaml", Mode.TARGETS, "KPI-0119", 9, 20, "视工作情况酌情扣分"),
                // the step (分钟) cannot count a shortfall of 条: refused where the deduction is written, not at score
                arguments("deduction-unit-mismatch.yaml", Mode.TARGETS, "KPI-0129", 9, 20, "分钟"),
                arguments("bad-deduction-incomplete.yaml", Mode.TARGETS, "KPI-0119", 10, 11, "'per' and 'deduct'"),
                arguments("bad-deduction-passfail-false.yaml", Mode.TARGETS, "KPI-0119", 9, 20, "'per' and 'deduct'"),
                arguments("bad-deduction-per-zero.yaml", Mode.TARGETS, "KPI-0119", 9, 26,
                        "'per' (the step of the shortfall) must be more than 0, found '0'"),
                arguments("bad-deduction-deduct-over.yaml", Mode.TARGETS, "KPI-0119", 9, 47,
                        "must be between 0 and 100, found '150%'"),
                arguments("bad-deduction-flag.yaml", Mode.TARGETS, "KPI-0104", 9, 31, "'是'"),
                arguments("bad-deduction-unknown-key.yaml", Mode.TARGETS, "KPI-0102", 9, 39, "'deduc'"),
                // ---- targets file: warnings (the file still loads) -----------------------------------------
                arguments("leading-zero.yaml", Mode.TARGETS, "KPI-0150", 9, 17, "≥0100%"),
                arguments("empty-target.yaml", Mode.TARGETS, "KPI-0151", 9, 16, "改善网络环境"),
                // ---- actuals file --------------------------------------------------------------------------
                arguments("bad-actual-value.yaml", Mode.ACTUALS, "KPI-0109", 7, 19, "1.8.5万条"),
                arguments("bad-actual-percent-grade.yaml", Mode.ACTUALS, "KPI-0109", 7, 15, "部分达成 120%"),
                arguments("bad-actual-empty.yaml", Mode.ACTUALS, "KPI-0109", 6, 18,
                        "actual '全年监测舆情信息数量:': the value is empty"),
                arguments("bad-self-score.yaml", Mode.ACTUALS, "KPI-0116", 7, 30, "九分"),
                arguments("missing-actuals-key.yaml", Mode.ACTUALS, "KPI-0103", 4, 5, "'actuals'"),
                arguments("unknown-key-actuals.yaml", Mode.ACTUALS, "KPI-0102", 6, 5, "'actual'"),
                // ---- actuals against targets (Pairing.check, not allowing missing actuals) -----------------
                arguments("incompatible-unit.yaml", Mode.PAIRING, "KPI-0110", 10, 19, "30分钟"),
                arguments("missing-actual.yaml", Mode.PAIRING, "KPI-0120", 7, 5, "改善网络环境"),
                arguments("unknown-indicator.yaml", Mode.PAIRING, "KPI-0121", 12, 14, "网速达标率"),
                arguments("unknown-table.yaml", Mode.PAIRING, "KPI-0122", 12, 5, "政务网络平台项目"),
                arguments("department-mismatch.yaml", Mode.PAIRING, "KPI-0123", 1, 13, "别的网信办"),
                arguments("year-mismatch.yaml", Mode.PAIRING, "KPI-0124", 2, 7, "2024"),
                arguments("missing-table.yaml", Mode.PAIRING, "KPI-0125", 5, 5, "部门整体"),
                arguments("missing-table-no-projects.yaml", Mode.PAIRING, "KPI-0125", 3, 7, "监测项目"));
    }

    @ParameterizedTest(name = "{0}: {2} at {3}:{4}")
    @MethodSource("failureModes")
    void firstFindingIsCodedLocatedAndHelpful(String fixture, Mode mode, String code, int line, int column,
                                              String mentions) {
        List<Finding> findings = findings(fixture, mode);

        Finding first = first(findings);
        assertThat(first).as("a finding for %s", fixture).isNotNull();
        assertThat(first.code()).as("code of %s", first.render()).isEqualTo(code);
        assertThat(first.location().file()).as("file of %s", first.render()).endsWith(fixture);
        assertThat(first.location().line()).as("line of %s", first.render()).isEqualTo(line);
        assertThat(first.location().column()).as("column of %s", first.render()).isEqualTo(column);
        assertThat(first.message()).as("message of %s", first.render()).contains(mentions);
        assertThat(first.hint()).as("hint of %s", first.render()).startsWith("Maybe");
        if (code.startsWith("KPI-015")) {
            assertThat(first.severity()).isEqualTo(Severity.WARNING);
            assertThat(findings).as("a warning only: the file still loads").noneMatch(Finding::isError);
        } else {
            assertThat(first.severity()).isEqualTo(Severity.ERROR);
        }
    }

    @Test
    void pairingFixturesHaveAWorkingControlCase() {
        DepartmentTargets targets = TargetsLoader.load(fixture(PAIRING_TARGETS)).orThrow();
        DepartmentActuals actuals = ActualsLoader.load(fixture("pairing-ok.yaml")).orThrow();
        assertThat(Pairing.check(targets, actuals, false)).isEmpty();
    }

    @Test
    void tabIndentationIsASyntaxError() {
        Finding first = first(findings("yaml-tab.yaml", Mode.TARGETS));
        assertThat(first.code()).isEqualTo("KPI-0101");
        assertThat(first.location().line()).isPositive();
        assertThat(first.hint()).startsWith("Maybe").contains("tabs");
    }

    @Test
    void unclosedQuoteIsASyntaxError() {
        Finding first = first(findings("yaml-unclosed-quote.yaml", Mode.TARGETS));
        assertThat(first.code()).isEqualTo("KPI-0101");
        assertThat(first.hint()).startsWith("Maybe");
    }

    @Test
    void tooDeeplyNestedIsRefusedWithoutACrash() {
        Finding first = first(findings("yaml-too-deep.yaml", Mode.TARGETS));
        assertThat(first.isError()).isTrue();
        assertThat(first.message()).contains("40");
        assertThat(first.hint()).startsWith("Maybe");
    }

    @Test
    void gbkIsReadAsGb18030WithANote(@TempDir Path dir) throws IOException {
        // Notepad and WPS on Chinese Windows save GBK; GB18030 reads it, and the officer is told
        Path gbk = dir.resolve("targets-gbk.yaml");
        Files.write(gbk, Files.readString(fixture(PAIRING_TARGETS)).getBytes(Charset.forName("GBK")));

        LoadResult<DepartmentTargets> read = TargetsLoader.load(gbk);

        DepartmentTargets utf8 = TargetsLoader.load(fixture(PAIRING_TARGETS)).orThrow();
        assertThat(read.orThrow().department()).isEqualTo(utf8.department());
        assertThat(read.orThrow().tables()).flatExtracting(t -> t.indicators().stream()
                .map(i -> i.key() + " " + i.targetText()).toList())
                .isEqualTo(utf8.tables().stream().flatMap(t -> t.indicators().stream())
                        .map(i -> i.key() + " " + i.targetText()).toList());
        Finding note = first(read.findings());
        assertThat(note.code()).isEqualTo("KPI-0132");
        assertThat(note.severity()).isEqualTo(Severity.INFO);
        assertThat(note.location().file()).isEqualTo(gbk.toString());
        assertThat(note.location().line()).isZero();
        assertThat(note.message()).contains("not UTF-8", "GB18030");
        assertThat(note.hint()).startsWith("Maybe save it as UTF-8");
    }

    @Test
    void aStrayByteInAUtf8FileIsUnreadableAtItsLine(@TempDir Path dir) throws IOException {
        // a Latin-1 no-break space (0xA0) pasted at the end of line 3 of a UTF-8 file: GB18030 would read the
        // whole file "successfully" with every Chinese word turned into other characters
        Path stray = dir.resolve("targets-stray.yaml");
        List<String> lines = Files.readAllLines(fixture(PAIRING_TARGETS));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            bytes.write(lines.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (i == 2) {
                bytes.write(0xA0);
            }
            bytes.write('\n');
        }
        Files.write(stray, bytes.toByteArray());

        Finding first = first(TargetsLoader.load(stray).findings());

        assertThat(first.code()).isEqualTo("KPI-0112");
        assertThat(first.message()).contains("not valid UTF-8 at line 3");
        assertThat(first.hint()).startsWith("Maybe");
    }

    @Test
    void neitherUtf8NorGb18030IsUnreadable(@TempDir Path dir) throws IOException {
        // a lone 0x80 is no UTF-8 (a continuation byte without a lead) and no GB18030 (not a lead byte)
        Path bad = dir.resolve("targets-bad.yaml");
        Files.write(bad, new byte[] {'y', 'e', 'a', 'r', ':', ' ', (byte) 0x80, '\n'});

        Finding first = first(TargetsLoader.load(bad).findings());

        assertThat(first.code()).isEqualTo("KPI-0112");
        assertThat(first.location().file()).isEqualTo(bad.toString());
        assertThat(first.location().line()).isZero();
        assertThat(first.message()).contains("neither UTF-8 nor GB18030");
        assertThat(first.hint()).startsWith("Maybe");
    }

    @Test
    void utf8WithByteOrderMarkIsRead(@TempDir Path dir) throws IOException {
        Path bom = dir.resolve("targets-bom.yaml");
        byte[] text = Files.readAllBytes(fixture(PAIRING_TARGETS));
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(bom, withBom);

        assertThat(TargetsLoader.load(bom).findings()).noneMatch(Finding::isError);
    }

    @Test
    void tooLargeFileIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("targets-huge.yaml");
        byte[] bytes = new byte[(int) YamlReader.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) '#');
        bytes[bytes.length - 1] = '\n';
        Files.write(big, bytes);

        Finding first = first(TargetsLoader.load(big).findings());

        assertThat(first.code()).isEqualTo("KPI-0111");
        assertThat(first.location().file()).isEqualTo(big.toString());
        assertThat(first.location().line()).isZero();
        assertThat(first.message()).contains(YamlReader.MAX_BYTES / (1024 * 1024) + " MiB");
        assertThat(first.hint()).startsWith("Maybe");
    }

    @Test
    void missingFileIsUnreadable(@TempDir Path dir) {
        Path none = dir.resolve("no-such-targets.yaml");
        Finding first = first(TargetsLoader.load(none).findings());
        assertThat(first.code()).isEqualTo("KPI-0112");
        assertThat(first.message()).contains("no such file");
        assertThat(first.hint()).startsWith("Maybe");
    }

    // ---- the real departments ------------------------------------------------------------------------

    static Stream<Path> departments() throws IOException {
        Path indicators = repoRoot().resolve("indicators");
        List<Path> folders;
        try (Stream<Path> s = Files.walk(indicators, 2)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("targets.yaml"))).sorted().toList();
        }
        // the four published departments and the ILLUSTRATIVE guangyang/2024 (the store's second year)
        assertThat(folders).as("department-year folders under %s", indicators).hasSize(5);
        return folders.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departments")
    void realDepartmentLoadsAndPairsWithItsExampleActuals(Path folder) {
        Path targetsFile = folder.resolve("targets.yaml");
        Path actualsFile = folder.resolve("actuals-example.yaml");
        assertThat(FileKind.of(YamlReader.read(targetsFile))).isEqualTo(FileKind.TARGETS);
        assertThat(FileKind.of(YamlReader.read(actualsFile))).isEqualTo(FileKind.ACTUALS);

        LoadResult<DepartmentTargets> targets = TargetsLoader.load(targetsFile);
        assertThat(errors(targets.findings())).as("errors loading %s", targetsFile).isEmpty();
        assertThat(targets.value().tables()).isNotEmpty();

        LoadResult<DepartmentActuals> actuals = ActualsLoader.load(actualsFile);
        assertThat(errors(actuals.findings())).as("errors loading %s", actualsFile).isEmpty();

        assertThat(errors(Pairing.check(targets.value(), actuals.value(), false)))
                .as("pairing %s with %s", actualsFile, targetsFile).isEmpty();
    }

    // ---- fixed bugs: what the table cannot say ----------------------------------------------------------

    @Test
    void syntaxErrorMessagesHoldNoRawControlCharacters() {
        Finding tab = first(findings("yaml-tab.yaml", Mode.TARGETS));
        assertThat(tab.message()).doesNotContain("\t").contains("\\t(TAB)");
    }

    @Test
    void tooDeeplyNestedIsALocatedLimit() {
        List<Finding> findings = findings("yaml-too-deep.yaml", Mode.TARGETS);
        assertThat(findings).hasSize(1);
        Finding first = findings.get(0);
        assertThat(first.code()).isEqualTo("KPI-0111");
        assertThat(first.location().line()).isEqualTo(5);
        assertThat(first.location().column()).isEqualTo(55);
        assertThat(first.message()).contains(String.valueOf(YamlReader.MAX_DEPTH)).doesNotContain("StreamReadConstraints");
        assertThat(first.hint()).startsWith("Maybe");
    }

    @Test
    void emptyTableIsReportedEvenAfterAnErrorInAnotherTable() {
        List<Finding> findings = findings("empty-table-after-error.yaml", Mode.TARGETS);
        assertThat(findings).extracting(Finding::code).containsExactly("KPI-0105", "KPI-0118");
        // 监测项目 had a row (refused for its 一级指标): not reported as empty; 平台项目 has none
        Finding empty = findings.get(1);
        assertThat(empty.message()).contains("平台项目").doesNotContain("监测项目");
        assertThat(empty.location().line()).isEqualTo(11);
        assertThat(empty.location().column()).isEqualTo(5);
    }

    @Test
    void aMisspeltKeyIsNotAlsoReportedMissing() {
        assertThat(findings("unknown-key.yaml", Mode.TARGETS)).extracting(Finding::code).containsExactly("KPI-0102");
        assertThat(findings("unknown-key-actuals.yaml", Mode.ACTUALS)).extracting(Finding::code)
                .containsExactly("KPI-0102");
        assertThat(findings("bad-deduction-unknown-key.yaml", Mode.TARGETS)).extracting(Finding::code)
                .containsExactly("KPI-0102");
        assertThat(findings("bad-deduction-flag.yaml", Mode.TARGETS)).extracting(Finding::code)
                .containsExactly("KPI-0104");
        assertThat(findings("bad-deduction-structured.yaml", Mode.TARGETS)).extracting(Finding::code)
                .containsExactly("KPI-0119");
    }

    @Test
    void aStepInAnotherUnitIsAWarningAndTheDefaultMethodUnderLenient() {
        Path file = fixture("deduction-unit-mismatch.yaml");
        Finding error = first(TargetsLoader.load(file, false).findings());
        assertThat(error.severity()).isEqualTo(Severity.ERROR);
        assertThat(error.message()).contains("每减少10分钟").contains("条");
        assertThat(error.hint()).isEqualTo("Maybe write the step in 条 or as a percent, e.g. {per: 1%, deduct: 10%}");
        LoadResult<DepartmentTargets> lenient = TargetsLoader.load(file, true);
        assertThat(lenient.findings()).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KPI-0129", Severity.WARNING));
        assertThat(lenient.value().tables().get(0).indicators().get(0).deduction()).isNull();
    }

    @Test
    void aFullWidthColonIsNamedInTheHint() {
        Finding first = first(findings("yaml-full-width-colon.yaml", Mode.TARGETS));
        assertThat(first.hint()).isEqualTo("Maybe write ':' and a space instead of the full-width '：'");
    }

    @Test
    void negativePointsSayZeroOrMore() {
        Finding first = first(findings("bad-number-negative-points.yaml", Mode.TARGETS));
        assertThat(first.hint()).startsWith("Maybe write a number of points that is 0 or more");
    }

    @Test
    void findingsComeInFileOrderWarningsAmongErrors() {
        List<Finding> findings = findings("file-order.yaml", Mode.TARGETS);
        assertThat(findings).extracting(Finding::code).containsExactly("KPI-0150", "KPI-0108", "KPI-0102");
        assertThat(findings).extracting(f -> f.location().line()).containsExactly(10, 13, 17);
    }

    @Test
    void loadResultSortsByFileLineAndColumnStably() {
        Location here = new Location("a.yaml", 3, 5);
        Finding second = LoadProblems.missingKey(here, "name", "a project");
        Finding third = LoadProblems.missingKey(here, "level1", "an indicator");
        Finding last = LoadProblems.emptyTarget(new Location("a.yaml", 7, 1), "x");
        Finding first = LoadProblems.yamlLimit(new Location("a.yaml", 3, 1), "x");
        Finding whole = LoadProblems.unreadable("a.yaml", "x");

        LoadResult<String> r = new LoadResult<>("v", List.of(last, second, third, first, whole));

        assertThat(r.findings()).containsExactly(whole, first, second, third, last);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    static List<Finding> findings(String fixture, Mode mode) {
        Path file = fixture(fixture);
        return switch (mode) {
            case TARGETS -> TargetsLoader.load(file).findings();
            case ACTUALS -> ActualsLoader.load(file).findings();
            case PAIRING -> {
                DepartmentTargets targets = TargetsLoader.load(fixture(PAIRING_TARGETS)).orThrow();
                LoadResult<DepartmentActuals> actuals = ActualsLoader.load(file);
                assertThat(errors(actuals.findings())).as("%s must load cleanly before pairing", fixture).isEmpty();
                List<Finding> all = new ArrayList<>(actuals.findings());
                all.addAll(Pairing.check(targets, actuals.value(), false));
                yield all;
            }
        };
    }

    /** The first error; when there is none, the first finding (a warning); null when there is nothing. */
    static Finding first(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).findFirst()
                .orElse(findings.isEmpty() ? null : findings.get(0));
    }

    static List<String> errors(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).map(Finding::render).toList();
    }

    static Path fixture(String name) {
        URL url = LoaderFailureModesTest.class.getResource("/fixtures/load/" + name);
        assertThat(url).as("fixture %s on the test classpath", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Maven runs tests in engine/: walk up to the folder that holds indicators/. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("indicators"))) {
                return p;
            }
        }
        throw new IllegalStateException("no folder with indicators/ above " + dir);
    }
}
