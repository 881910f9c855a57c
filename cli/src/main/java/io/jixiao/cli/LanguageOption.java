package io.jixiao.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --lang zh|en}, accepted by every command before or after its arguments. {@link Main} takes it out of
 * the arguments before picocli parses them — the language must be known for picocli's own messages and the
 * help — so this mixin only documents it in each command's help and completion.
 */
public final class LanguageOption {

    /** The option's name. */
    public static final String NAME = "--lang";

    @Option(names = NAME, paramLabel = "zh|en")
    String lang;

    /**
     * The arguments without {@code --lang X} / {@code --lang=X}, and the value given (the last one when given
     * twice; null when not given). Arguments after {@code --} are left alone.
     */
    record Split(List<String> args, String lang, boolean missingValue) {

        String[] array() {
            return args.toArray(String[]::new);
        }
    }

    static Split split(String[] args) {
        List<String> rest = new ArrayList<>();
        String lang = null;
        boolean missing = false;
        boolean options = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (options && a.equals("--")) {
                options = false;
            } else if (options && a.equals(NAME)) {
                if (i + 1 < args.length) {
                    lang = args[++i];
                } else {
                    missing = true;
                }
                continue;
            } else if (options && a.startsWith(NAME + "=")) {
                lang = a.substring(NAME.length() + 1);
                continue;
            }
            rest.add(a);
        }
        return new Split(rest, lang, missing);
    }
}
