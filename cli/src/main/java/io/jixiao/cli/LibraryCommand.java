package io.jixiao.cli;

import io.jixiao.store.Library;
import io.jixiao.store.Listings;
import java.io.PrintWriter;
import java.nio.file.Path;
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
            return store.run(spec, s -> {
                Library.Imported done = new Library(s).importFile(file);
                spec.commandLine().getOut().println(CliTexts.text("library.imported", "added", done.added(),
                        "replaced", done.replaced(), "store", s.location()));
                return 0;
            });
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
            return store.run(spec, s -> {
                List<Library.Entry> entries = new Library(s).list();
                out.print(Listings.library(entries));
                out.println(CliTexts.text("library.listed", "count", entries.size(), "store", s.location()));
                return 0;
            });
        }
    }
}
