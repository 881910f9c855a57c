package io.jixiao.cli;

import io.jixiao.report.AtomicFiles;
import io.jixiao.store.History;
import io.jixiao.store.HistoryReader;
import io.jixiao.store.HistoryReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao history DEPARTMENT}: a department across its stored years (同比). */
@Command(name = "history", mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {

    enum Format { table, json, html }

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", paramLabel = "DEPARTMENT")
    String department;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Mixin
    StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        return store.run(spec, s -> {
            History h = new HistoryReader(s).history(department);
            String text = switch (format) {
                case table -> HistoryReport.text(h);
                case json -> HistoryReport.json(h);
                case html -> HistoryReport.html(h);
            };
            if (out == null) {
                stdout.print(text);
            } else {
                AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8), force);
                spec.commandLine().getErr().println(CliTexts.text("wrote.history", "file", out));
            }
            return 0;
        });
    }
}
