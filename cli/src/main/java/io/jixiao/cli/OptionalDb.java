package io.jixiao.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --db [DB]} of the commands that also take files (validate, review, template, import): {@code --db} alone
 * means $JIXIAO_DB or the default store, so the word after it is its value only when it names a store — a
 * {@code jdbc:} URL, a {@code ….mv.db} file, or a path that is neither an existing file or folder nor a .yaml/.yml/
 * .xlsx file. {@code jixiao validate --db targets.yaml} therefore validates targets.yaml against the default store
 * instead of taking targets.yaml for the store.
 */
final class OptionalDb implements IParameterConsumer {

    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        String value = "";
        if (!args.isEmpty() && namesStore(args.peek())) {
            value = args.pop();
        }
        argSpec.setValue(value);
    }

    /** Whether the word after --db is its value. */
    static boolean namesStore(String word) {
        if (word.isEmpty() || word.startsWith("-")) {
            return false;
        }
        if (word.startsWith("jdbc:")) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mv.db")) {
            return true;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".xlsx")) {
            return false;
        }
        try {
            return !Files.exists(Path.of(word));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
