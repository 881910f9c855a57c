package io.jixiao.rules;

import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

/**
 * The compiled rules: packaged rules/ plus any user DRL, compiled once (a KieBase is costly to build and
 * not serialisable; sessions are cheap). Build problems become KPI-0201 findings with path, line, column.
 */
public final class RuleBook {

    private static final Object LOCK = new Object();
    private static volatile RuleBook packagedBook;
    private static final String PREFIX = "src/main/resources/";
    private static final Pattern POSITION = Pattern.compile("\\[(\\d+),(\\d+)]");
    /** The parser's own position in its text, "[ERR 101] Line 4:28 …", more precise than the message's column. */
    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    /** Drools' follow-up to a parse error, which says nothing the parse error did not. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private final KieBase kieBase;
    private final List<String> files;
    private volatile KieSessionsPool sessions;

    private RuleBook(KieBase kieBase, List<String> files) {
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
    }

    /** The packaged rules, compiled on first use and shared by every thread of this process. */
    public static RuleBook packaged() {
        RuleBook b = packagedBook;
        if (b == null) {
            synchronized (LOCK) {
                b = packagedBook;
                if (b == null) {
                    b = build(RuleSources.packaged());
                    packagedBook = b;
                }
            }
        }
        return b;
    }

    /** Packaged rules plus the DRL files under {@code extra}; the packaged book when there are none. */
    public static RuleBook with(List<Path> extra) {
        if (extra == null || extra.isEmpty()) {
            return packaged();
        }
        List<RuleSource> all = new ArrayList<>(RuleSources.packaged());
        extra.forEach(p -> all.addAll(RuleSources.user(p)));
        return build(all);
    }

    public static RuleBook build(List<RuleSource> sources) {
        KieHelper helper = new KieHelper();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            RuleSource s = sources.get(i);
            String resourcePath = PREFIX + "r" + i + "/" + fileName(s.path());
            helper.addResource(ResourceFactory.newByteArrayResource(s.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(resourcePath), ResourceType.DRL);
            names.add(s.path());
        }
        Results results = helper.verify();
        List<Finding> errors = new ArrayList<>();
        List<Message> messages = results.getMessages(Message.Level.ERROR);
        for (Message m : messages) {
            if (messages.size() > 1 && m.getText() != null && m.getText().contains(NULL_PACKAGE)) {
                continue;
            }
            errors.add(RuleProblems.ruleBuild(locate(m, sources), firstLine(m.getText())));
        }
        if (!errors.isEmpty()) {
            throw new KpiException(errors);
        }
        return new RuleBook(helper.build(), names);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * A fresh session for one run of the rules, from a pool: {@code dispose()} resets it and gives it back, so
     * that scoring thousands of departments does not build thousands of sessions. Safe from any thread.
     */
    public KieSession newSession() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                pool = sessions;
                if (pool == null) {
                    pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
                    sessions = pool;
                }
            }
        }
        return pool.newKieSession();
    }

    /** The DRL files this book was built from, as shown in messages. */
    public List<String> files() {
        return files;
    }

    private static Location locate(Message m, List<RuleSource> sources) {
        String path = m.getPath() == null ? "" : m.getPath();
        String shown = path;
        Matcher idx = Pattern.compile("r(\\d+)/").matcher(path);
        if (idx.find()) {
            shown = sources.get(Integer.parseInt(idx.group(1))).path();
        }
        int line = m.getLine();
        int col = m.getColumn();
        Matcher parser = PARSER_POSITION.matcher(m.getText() == null ? "" : m.getText());
        if (parser.find() && (line <= 0 || Integer.parseInt(parser.group(1)) == line)) {
            line = Integer.parseInt(parser.group(1));
            col = Integer.parseInt(parser.group(2)) + 1; // the parser counts columns from 0
        } else if (line <= 0) {
            Matcher pos = POSITION.matcher(m.getText());
            if (pos.find()) {
                line = Integer.parseInt(pos.group(1));
                col = Integer.parseInt(pos.group(2));
            }
        }
        return line > 0 ? new Location(shown, line, Math.max(1, col + (col == 0 ? 1 : 0))) : Location.of(shown);
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String firstLine(String text) {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
