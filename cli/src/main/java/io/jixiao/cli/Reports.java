package io.jixiao.cli;

import io.jixiao.problem.Finding;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.value.Numbers;
import java.io.PrintWriter;

/** Small shared bits of CLI output. */
final class Reports {

    private Reports() {
    }

    /** "jixiao: wrote F (department 84.84 良)" in the language of the run. */
    static String wrote(java.nio.file.Path file, DepartmentScore d) {
        return CliTexts.text("wrote.scored", "file", file, "department", d.department(), "score",
                Numbers.text(d.score()), "grade", d.grade());
    }

    /** Every error finding of a scored department, one per line, file:line:col first. */
    static void printErrors(PrintWriter err, DepartmentScore d) {
        d.findings().stream().filter(Finding::isError).forEach(f -> err.println(f.render()));
        d.tables().forEach(t -> t.findings().stream().filter(Finding::isError)
                .forEach(f -> err.println(f.render() + " [" + t.name() + "]")));
    }
}
