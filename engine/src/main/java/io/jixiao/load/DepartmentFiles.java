package io.jixiao.load;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A targets file and an actuals file (YAML or a filled workbook) loaded together, as every scoring
 * command and the Java API need them: all errors of both files at once, and the warnings kept for the report.
 */
public record DepartmentFiles(DepartmentTargets targets, DepartmentActuals actuals, List<Finding> warnings) {

    public DepartmentFiles {
        warnings = List.copyOf(warnings);
    }

    /**
     * @throws KpiException with every loading error of both files (one clear error when they are swapped)
     */
    public static DepartmentFiles load(Path targetsFile, Path actualsFile, boolean lenient, boolean allowMissing) {
        LoadResult<DepartmentTargets> t = TargetsLoader.load(targetsFile, lenient);
        LoadResult<DepartmentActuals> a = ActualsFiles.load(actualsFile, allowMissing);
        List<Finding> errors = new ArrayList<>();
        t.findings().stream().filter(Finding::isError).forEach(errors::add);
        a.findings().stream().filter(Finding::isError).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new KpiException(swapped(targetsFile, actualsFile, !t.ok()).orElse(errors));
        }
        List<Finding> warnings = new ArrayList<>(t.findings());
        warnings.addAll(a.findings());
        return new DepartmentFiles(t.value(), Pairing.align(t.value(), a.value()), warnings);
    }

    /** One error instead of dozens when TARGETS is an actuals file (or the two are swapped). */
    private static java.util.Optional<List<Finding>> swapped(Path targetsFile, Path actualsFile, boolean targetsFailed) {
        if (!targetsFailed || !isYaml(targetsFile)) {
            return java.util.Optional.empty();
        }
        try {
            if (FileKind.of(YamlReader.read(targetsFile)) == FileKind.ACTUALS) {
                return java.util.Optional.of(List.of(
                        LoadProblems.swappedFiles(targetsFile.toString(), actualsFile.toString())));
            }
        } catch (KpiException e) {
            // unreadable: the loader's own errors say why
        }
        return java.util.Optional.empty();
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
