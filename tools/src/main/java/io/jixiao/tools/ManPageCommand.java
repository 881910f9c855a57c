package io.jixiao.tools;

import io.jixiao.cli.Help;
import io.jixiao.cli.LanguageOption;
import io.jixiao.problem.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * {@code jixiao manpage -o DIR}: the man pages of the product's commands (jixiao, jixiao-score, jixiao-validate …)
 * as AsciiDoc man page sources, written by picocli's {@link ManPageGenerator} from the command model and the help
 * bundle of the language of the run (docs/guide.md#man-pages); {@code asciidoctor -b manpage DIR/*.adoc} turns
 * them into troff for {@code man}. The pages of generate, bench and manpage are those of the tools' commands, with
 * their options.
 */
@Command(name = "manpage", mixinStandardHelpOptions = true)
final class ManPageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR")
    Path out;

    @Override
    public Integer call() {
        CommandLine product = new CommandLine(new io.jixiao.cli.Main());
        // the product jar lists generate, bench and manpage only to say where they are: their pages are the tools'
        for (Object tool : new Object[] {new GenerateCommand(), new BenchCommand(), new ManPageCommand()}) {
            CommandLine real = new CommandLine(tool);
            product.getCommandSpec().removeSubcommand(real.getCommandName());
            product.addSubcommand(real);
        }
        product.setResourceBundle(Help.bundle(Language.current(), ToolsMain.HELP));
        try {
            Files.createDirectories(out);
            return ManPageGenerator.generateManPage(out.toFile(), null, new boolean[0], true,
                    product.getCommandSpec());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
