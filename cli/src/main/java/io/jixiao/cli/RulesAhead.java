package io.jixiao.cli;

import io.jixiao.rules.RuleBook;
import java.util.List;
import java.util.Set;

/**
 * Starts making the packaged rule book on a thread of its own as soon as the command line shows that the run will need
 * it, before picocli reads the command's annotations: a cold start spends its first tenth of a second or so on one core
 * (the JVM, then picocli's reflection), and the book takes about as long on the other (docs/performance.md#rules-ahead).
 * The run asks for the book as before ({@link RuleBook#packaged()}, made once per process) and finds it made, or being
 * made. Nothing is started for a run that replaces the packaged rules ({@code --rules}), reads a stored review
 * ({@code --year}) or only asks for help; a problem making the book is left for the run to report.
 */
final class RulesAhead {

    /** The commands that score with the packaged rules (store: its import). */
    private static final Set<String> COMMANDS = Set.of("score", "report", "review", "monitor", "whatif", "validate", "store");

    private RulesAhead() {
    }

    /** @param words the command line without --lang (LanguageOption.split) */
    static void start(List<String> words) {
        if (!needed(words)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                RuleBook.packaged();
            } catch (RuntimeException | Error e) {
                // the run makes it again and reports the problem, coded (KPI-0206 for a bad JIXIAO_RULES, KPI-0199
                // for an error of the JVM such as too little memory): never a stack trace from this thread
            }
        }, "jixiao-rules-ahead");
        t.setDaemon(true);
        t.start();
    }

    static boolean needed(List<String> words) {
        if (words.isEmpty() || !COMMANDS.contains(words.get(0))
                || words.get(0).equals("store") && (words.size() < 2 || !words.get(1).equals("import"))) {
            return false;
        }
        for (String w : words) {
            if (w.equals("--rules") || w.startsWith("--rules=") || w.equals("--year") || w.startsWith("--year=")
                    || w.equals("--help") || w.equals("-h")) {
                return false;
            }
        }
        return true;
    }
}
