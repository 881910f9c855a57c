package io.jixiao.cli;

import io.jixiao.importer.DisclosureImporter;
import io.jixiao.importer.ImportResult;
import io.jixiao.problem.KpiException;
import io.jixiao.report.AtomicFiles;
import io.jixiao.report.OutputProblems;
import io.jixiao.store.Library;
import io.jixiao.store.Store;
import io.jixiao.store.StoreLocation;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao import DOC [-o OUT.yaml]}: the 绩效目标表 tables of a disclosure → a targets YAML. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", paramLabel = "DOC")
    Path doc;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT.yaml")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--db", arity = "0..1", parameterConsumer = OptionalDb.class, paramLabel = "DB")
    String db;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (out != null) {
                // refused before the document is read: an input, a folder, a device, or an existing file without --force
                AtomicFiles.check(out, force, List.of(doc));
            }
            String yamlName = out == null ? "<stdout>" : out.toString();
            ImportResult r;
            if (db == null) {
                r = Inputs.isStdin(doc) ? DisclosureImporter.importBytes(Inputs.STDIN, Inputs.bytes(spec), yamlName)
                        : DisclosureImporter.importFile(doc, yamlName);
            } else {
                try (Store s = Store.open(StoreLocation.resolve(db, System.getenv()))) {
                    var scoring = new Library(s).scoring();
                    java.util.function.Function<String, java.util.Optional<String[]>> offer = name -> scoring.apply(null,
                            name);
                    r = Inputs.isStdin(doc) ? DisclosureImporter.importBytes(Inputs.STDIN, Inputs.bytes(spec), yamlName,
                            offer) : DisclosureImporter.importFile(doc, yamlName, offer);
                }
            }
            r.findings().forEach(f -> err.println(f.render()));
            if (out == null) {
                stdout.print(r.yaml());
                stdout.flush();
            } else {
                AtomicFiles.write(out, r.yaml().getBytes(StandardCharsets.UTF_8), force, List.of(doc));
                err.println(CliTexts.text("wrote.import", "file", out, "tables", r.tables(), "indicators",
                        r.indicators()));
            }
            return 0;
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
    }
}
