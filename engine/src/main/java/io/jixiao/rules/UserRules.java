package io.jixiao.rules;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of a user's DRL files before they are compiled with the packaged rules (docs/security.md#user-rules):
 *
 * <ul>
 *   <li>a rule named like a packaged one is refused at the user's rule (KPI-0211) — Drools would blame the packaged
 *       file, and reports would show the packaged name for the user's scoring;</li>
 *   <li>calls that no scoring or review rule needs and that harm the run — ending the process, starting programs,
 *       files, the network, threads, reflection — are refused where they are written (KPI-0209).</li>
 * </ul>
 *
 * The second is a guard against accidents and copied snippets, not a sandbox: Java in a rule can reach anything the
 * JVM can, and a determined author gets past any list. User rules are trusted code; the docs say so.
 */
final class UserRules {

    /** A rule's name as DRL writes it: {@code rule "at-least"} or {@code rule at_least}. */
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+([0-9a-fA-F]{4})");

    private record Forbidden(String call, Pattern pattern) {
    }

    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden("System.exit", Pattern.compile("\\bSystem\\s*\\.\\s*(exit|setSecurityManager)\\b")),
            new Forbidden("System.setOut/setErr/setIn/setProperty", Pattern.compile(
                    "\\bSystem\\s*\\.\\s*(setOut|setErr|setIn|setProperty|setProperties|clearProperty|load|loadLibrary)\\b")),
            new Forbidden("Runtime (exit, halt, exec)", Pattern.compile("\\bRuntime\\b")),
            new Forbidden("ProcessBuilder", Pattern.compile("\\bProcess(Builder|Handle)?\\b")),
            new Forbidden("java.io files", Pattern.compile(
                    "\\b(File|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile|PrintWriter)\\b")),
            new Forbidden("java.nio.file", Pattern.compile("\\b(Files|Paths|FileChannel|FileSystems?)\\b|\\bjava\\s*\\.\\s*nio\\b")),
            new Forbidden("the network", Pattern.compile("\\b(Socket|ServerSocket|URL|URI|HttpClient|URLConnection)\\b"
                    + "|\\bjava\\s*\\.\\s*net\\b")),
            new Forbidden("threads", Pattern.compile("\\b(Thread|Executors?|ExecutorService|ForkJoinPool|Timer)\\b")),
            new Forbidden("reflection", Pattern.compile("\\bClass\\s*\\.\\s*forName\\b|\\bgetDeclared\\w*\\b"
                    + "|\\bsetAccessible\\b|\\bMethodHandles?\\b|\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(reflect|invoke)\\b"
                    + "|\\bUnsafe\\b|\\bClassLoader\\b")));

    private UserRules() {
    }

    /** Every problem of the user's files, in file and line order. */
    static List<Finding> check(List<RuleSource> user, List<RuleSource> packaged) {
        Map<String, String> packagedNames = new HashMap<>();
        for (RuleSource p : packaged) {
            Matcher m = RULE.matcher(withoutComments(p.text()));
            while (m.find()) {
                packagedNames.putIfAbsent(name(m), p.path());
            }
        }
        List<Finding> out = new ArrayList<>();
        for (RuleSource u : user) {
            String code = withoutComments(unescaped(u.text()));
            Matcher m = RULE.matcher(code);
            while (m.find()) {
                String file = packagedNames.get(name(m));
                if (file != null) {
                    int start = m.start(m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3);
                    out.add(RuleProblems.packagedName(at(u, code, start), name(m), file));
                }
            }
            String scanned = withoutStrings(code);
            for (Forbidden f : FORBIDDEN) {
                Matcher c = f.pattern().matcher(scanned);
                if (c.find()) {
                    out.add(RuleProblems.forbiddenCall(at(u, code, c.start()), f.call()));
                }
            }
        }
        out.sort(io.jixiao.problem.Finding.ORDER);
        return out;
    }

    /** Each rule of a DRL file with where its name is written. */
    static Map<String, Location> names(RuleSource s) {
        Map<String, Location> out = new java.util.LinkedHashMap<>();
        String code = withoutComments(s.text());
        Matcher m = RULE.matcher(code);
        while (m.find()) {
            int start = m.start(m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3);
            out.putIfAbsent(name(m), at(s, code, start));
        }
        return out;
    }

    private static String name(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    /** The location of {@code index} in {@code code}, a text with as many lines and columns as the file's. */
    private static Location at(RuleSource s, String code, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (code.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(s.path(), line, code.codePointCount(lineStart, index) + 1);
    }

    /** Java's unicode escapes decoded (a rule's Java sees them so), as one character each. */
    private static String unescaped(String text) {
        return UNICODE_ESCAPE.matcher(text).replaceAll(r -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(r.group(1), 16))));
    }

    /** Comments blanked out, keeping every line break and the length of each line. */
    static String withoutComments(String text) {
        StringBuilder sb = new StringBuilder(text);
        int i = 0;
        char quote = 0;
        while (i < sb.length()) {
            char c = sb.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
                i++;
            } else if (c == '"' || c == '\'') {
                quote = c;
                i++;
            } else if (c == '/' && i + 1 < sb.length() && sb.charAt(i + 1) == '/') {
                while (i < sb.length() && sb.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < sb.length() && sb.charAt(i + 1) == '*') {
                while (i < sb.length() && !(sb.charAt(i) == '*' && i + 1 < sb.length() && sb.charAt(i + 1) == '/')) {
                    if (sb.charAt(i) != '\n') {
                        sb.setCharAt(i, ' ');
                    }
                    i++;
                }
                for (int k = 0; k < 2 && i < sb.length(); k++) {
                    sb.setCharAt(i++, ' ');
                }
            } else if (c == '#' && (i == 0 || sb.charAt(i - 1) == '\n')) {
                // DRL also takes # line comments at the start of a line
                while (i < sb.length() && sb.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else {
                i++;
            }
        }
        return sb.toString();
    }

    /** String and character literals blanked out (a rule's message may well say "File"). */
    private static String withoutStrings(String code) {
        StringBuilder sb = new StringBuilder(code);
        int i = 0;
        while (i < sb.length()) {
            char c = sb.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < sb.length() && sb.charAt(j) != c && sb.charAt(j) != '\n') {
                    j += sb.charAt(j) == '\\' ? 2 : 1;
                }
                for (int k = i + 1; k < Math.min(j, sb.length()); k++) {
                    sb.setCharAt(k, ' ');
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return sb.toString();
    }
}
