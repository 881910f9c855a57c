package io.jixiao.cli;

import io.jixiao.problem.KpiException;
import io.jixiao.report.TextWidth;
import io.jixiao.store.Library;
import io.jixiao.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao library import|list}: the indicator library (指标库) in the store. */
@Command(name = "library", mixinStandardHelpOptions = true,
        subcommands = {LibraryCommand.Import.class, LibraryCommand.ListCommand.class})
final class LibraryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;


    @Mixin

    LanguageOption language;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;


        @Mixin

        LanguageOption language;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Mixin
        StoreOption store = new StoreOption();

        @Override
        public Integer call() {
            try (Store s = store.open()) {
                Library.Imported done = new Library(s).importFile(file);
                spec.commandLine().getOut().println(CliTexts.text("library.imported", "added", done.added(),
                        "replaced", done.replaced(), "store", s.location()));
            } catch (KpiException e) {
                return StoreCommand.failed(spec, e);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;


        @Mixin

        LanguageOption language;

        @Mixin
        StoreOption store = new StoreOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = store.open()) {
                List<Library.Entry> entries = new Library(s).list();
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of(CliTexts.text("library.col.id"), CliTexts.text("library.col.name"),
                        CliTexts.text("library.col.level1"), CliTexts.text("library.col.level2"),
                        CliTexts.text("library.col.standard"), CliTexts.text("library.col.common"),
                        CliTexts.text("library.col.field"), CliTexts.text("library.col.scoring")));
                for (Library.Entry e : entries) {
                    rows.add(List.of(e.id(), e.name(), dash(e.level1()), dash(e.level2()), dash(e.standard()),
                            CliTexts.text(e.common() ? "library.common" : "library.specific"), dash(e.field()),
                            dash(e.scoring())));
                }
                int[] w = new int[rows.get(0).size()];
                rows.forEach(r -> {
                    for (int i = 0; i < r.size(); i++) {
                        w[i] = Math.max(w[i], TextWidth.of(r.get(i)));
                    }
                });
                for (List<String> r : rows) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < r.size(); i++) {
                        line.append(i == r.size() - 1 ? r.get(i) : TextWidth.padRight(r.get(i), w[i]) + "  ");
                    }
                    out.println(line.toString().stripTrailing());
                }
                out.println(CliTexts.text("library.listed", "count", entries.size(), "store", s.location()));
            } catch (KpiException e) {
                return StoreCommand.failed(spec, e);
            }
            out.flush();
            return 0;
        }

        private static String dash(String s) {
            return s == null || s.isEmpty() ? "—" : s;
        }
    }
}
