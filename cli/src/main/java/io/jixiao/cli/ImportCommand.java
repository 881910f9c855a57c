package io.jixiao.cli;

import io.jixiao.importer.DisclosureImporter;
import io.jixiao.importer.ImportResult;
import io.jixiao.problem.KpiException;
import io.jixiao.report.AtomicFiles;
import io.jixiao.report.OutputProblems;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao import DOC [-o OUT.yaml]}: the 绩效目标表 tables of a disclosure → a targets YAML. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a published budget disclosure (部门预算信息公开: a .docx, or its text export) and writes"
                + " a targets YAML holding every performance-target table: the 部门整体 table as 'overall', each"
                + " 项目/专项 table as a project, with the department, year and budgets found around them.",
                "Rows it cannot place are written as comments and reported on stderr with their source line;"
                        + " values are kept as written (≥0100%% stays, and is flagged).",
                "Example: jixiao import disclosure.docx -o indicators/guangyang/2023/targets.yaml"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOC", description = "the disclosure: .docx, or its text export (.txt)")
    Path doc;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT.yaml",
            description = "write the YAML to this file (atomically) instead of standard output")
    Path out;

    @Option(names = "--force", description = "overwrite an existing output file")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (out != null && !force && Files.exists(out)) {
                throw new KpiException(OutputProblems.outputExists(out.toString()));
            }
            ImportResult r = DisclosureImporter.importFile(doc, out == null ? "<stdout>" : out.toString());
            r.findings().forEach(f -> err.println(f.render()));
            if (out == null) {
                stdout.print(r.yaml());
                stdout.flush();
            } else {
                AtomicFiles.write(out, r.yaml().getBytes(StandardCharsets.UTF_8), force);
                err.println("jixiao: wrote " + out + " (" + r.tables() + " table(s), " + r.indicators()
                        + " indicator(s)); check it with: jixiao validate " + out);
            }
            return 0;
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
    }
}
