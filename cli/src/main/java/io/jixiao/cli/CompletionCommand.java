package io.jixiao.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao completion}: the bash/zsh completion script of every command and option, made by picocli's
 * {@link AutoComplete} from the same command model the help shows (docs/guide.md#completion).
 */
@Command(name = "completion", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        var root = spec.commandLine().getParent();
        String script = AutoComplete.bash("jixiao", root);
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
