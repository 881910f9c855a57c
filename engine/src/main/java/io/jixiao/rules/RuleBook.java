package io.jixiao.rules;

import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
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
 *
 * <p>Two ways to the packaged rules (docs/performance.md#precompiled-rules): <b>precompiled</b>, the default — the
 * build compiled rules/**.drl with Drools' executable model into classes listed in {@link #MODEL_LIST}, and this
 * makes a KieBase of them without compiling anything; and <b>classic</b> — the DRL compiled at run time (parser,
 * MVEL, ECJ), as user rules always are. {@code JIXIAO_RULES=classic} (or the system property {@code jixiao.rules})
 * forces the classic path for the packaged rules too, for comparison and diagnosis; both give the same results
 * (RulePathsTest, and the rule tests run on both). With user rules ({@code --rules}) the packaged and the user's DRL
 * are compiled together at run time, as before.
 */
public final class RuleBook {

    /** The resource listing the precompiled rules: written by the build (engine/src/codegen), read here. */
    public static final String MODEL_LIST = "io/jixiao/rules/packaged-model.txt";
    /** Its line "fingerprint HEX": {@link RuleSources#fingerprint} of the DRL the model was generated from. */
    public static final String MODEL_FINGERPRINT = "fingerprint";
    /** Its lines "file PATH": the DRL files, as shown in messages. */
    public static final String MODEL_FILE = "file";
    /** Its lines "model CLASS": the generated {@code org.drools.model.Model} classes. */
    public static final String MODEL_CLASS = "model";
    /** The system property that chooses the path; the environment variable JIXIAO_RULES when it is not set. */
    public static final String MODE_PROPERTY = "jixiao.rules";
    /** The environment variable that chooses the path when {@link #MODE_PROPERTY} is not set. */
    public static final String MODE_VARIABLE = "JIXIAO_RULES";

    /** How the packaged rules are made ready. */
    public enum Mode {
        /** the executable model generated at build time, loaded without compiling (the default) */
        PRECOMPILED,
        /** the DRL compiled at run time */
        CLASSIC;

        /**
         * The mode chosen by {@code -Djixiao.rules=…} or {@code JIXIAO_RULES=…}: {@code classic} or
         * {@code precompiled}, in any case; unset or blank is precompiled.
         *
         * @throws KpiException KPI-0206 for any other value
         */
        public static Mode selected() {
            String setting = "-D" + MODE_PROPERTY;
            String v = System.getProperty(MODE_PROPERTY);
            if (v == null) {
                setting = MODE_VARIABLE;
                v = System.getenv(MODE_VARIABLE);
            }
            if (v == null || v.isBlank()) {
                return PRECOMPILED;
            }
            return switch (v.strip().toLowerCase(Locale.ROOT)) {
                case "precompiled" -> PRECOMPILED;
                case "classic" -> CLASSIC;
                default -> throw new KpiException(RuleProblems.rulesMode(setting, v));
            };
        }
    }

    private static final Object LOCK = new Object();
    private static volatile RuleBook precompiledBook;
    private static volatile RuleBook classicBook;
    private static final String PREFIX = "src/main/resources/";
    private static final Pattern POSITION = Pattern.compile("\\[(\\d+),(\\d+)]");
    /** The parser's own position in its text, "[ERR 101] Line 4:28 …", more precise than the message's column. */
    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    /** Drools' follow-up to a parse error, which says nothing the parse error did not. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    /** After the rule's part of a consequence class's name: the hash's digits, then an inner or invoker class. */
    private static final Pattern AFTER_NAME = Pattern.compile("[0-9]+(?:[$A-Z][0-9_$A-Za-z]*)?");
    private static final Pattern NOT_WORD = Pattern.compile("\\W");

    private final KieBase kieBase;
    private final List<String> files;
    private final boolean precompiled;
    private final Sessions sessions;
    private final RuleLimits limits;
    /** Where each rule is written, by name: read from the DRL when first asked (a finding about a rule). */
    private final RuleLocations rules;
    private final boolean userRules;

    private RuleBook(KieBase kieBase, List<String> files, boolean precompiled, RuleLocations rules,
                     boolean userRules) {
        this(kieBase, List.copyOf(files), precompiled, new Sessions(kieBase), RuleLimits.DEFAULT, rules, userRules);
    }

    private RuleBook(KieBase kieBase, List<String> files, boolean precompiled, Sessions sessions, RuleLimits limits,
                     RuleLocations rules, boolean userRules) {
        this.kieBase = kieBase;
        this.files = files;
        this.precompiled = precompiled;
        this.sessions = sessions;
        this.limits = limits;
        this.rules = rules;
        this.userRules = userRules;
    }

    /** The same compiled rules (and session pool) with other limits for each session. */
    public RuleBook withLimits(RuleLimits other) {
        return other.equals(limits) ? this : new RuleBook(kieBase, files, precompiled, sessions, other, rules,
                userRules);
    }

    /** Where a rule is written ({@code file:line:col} of its {@code rule "name"}), for findings about it. */
    public Location locate(String rule) {
        return rules.get().getOrDefault(rule, Location.UNKNOWN);
    }

    /**
     * True when the book holds rules besides the packaged ones (--rules): their sessions keep track of the rule
     * firing, so that a crash no stack names (a stack overflow's trace holds only its deepest frames) still blames
     * the rule. The packaged rules' sessions fire without that listener.
     */
    public boolean hasUserRules() {
        return userRules;
    }

    /** How long and how many firings each session of this book may take. */
    public RuleLimits limits() {
        return limits;
    }

    /**
     * The rule a consequence class belongs to, from the part of its name after {@code Rule_}: Drools (the classic
     * Java dialect, DialectUtil.normalizeRuleName) writes the rule's name with ' ' as '_' and, when the name has a
     * character outside [A-Za-z0-9_], '$' as {@code _dollar_} and every character that cannot be in a Java name as
     * {@code $u<code>$}; then the digits of a hash, then the inner class or invoker's name. Null for none; of two
     * rules whose names both fit, the longer.
     */
    String ruleOfClass(String suffix) {
        String best = null;
        for (String rule : rules.get().keySet()) {
            String escaped = classPart(rule);
            if (suffix.startsWith(escaped) && AFTER_NAME.matcher(suffix.substring(escaped.length())).matches()
                    && (best == null || rule.length() > best.length())) {
                best = rule;
            }
        }
        return best;
    }

    /** A rule's name as Drools writes it in its consequence class's name. */
    static String classPart(String rule) {
        String name = rule.replace(' ', '_');
        if (!NOT_WORD.matcher(name).find()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (c == '$') {
                sb.append("_dollar_");
            } else if (Character.isJavaIdentifierPart(c)) {
                sb.append(c);
            } else {
                sb.append("$u").append((int) c).append('$');
            }
        }
        return sb.toString();
    }

    /** The packaged rules in the {@link Mode#selected() selected mode}, made on first use and shared by every thread. */
    public static RuleBook packaged() {
        return packaged(Mode.selected());
    }

    /**
     * The packaged rules made ready the given way, once per process and mode. PRECOMPILED falls back to compiling
     * when the classes hold no precompiled model (run from sources not built by Maven); {@link #precompiled()} tells.
     */
    public static RuleBook packaged(Mode mode) {
        RuleBook b = mode == Mode.CLASSIC ? classicBook : precompiledBook;
        if (b == null) {
            synchronized (LOCK) {
                b = mode == Mode.CLASSIC ? classicBook : precompiledBook;
                if (b == null) {
                    if (mode == Mode.PRECOMPILED) {
                        b = loadPrecompiled();
                        precompiledBook = b;
                    } else {
                        b = build(RuleSources.packaged());
                        classicBook = b;
                    }
                }
            }
        }
        return b;
    }

    /**
     * Packaged rules plus the DRL files under {@code extra}, all compiled at run time; the packaged book when there
     * are none.
     */
    public static RuleBook with(List<Path> extra) {
        if (extra == null || extra.isEmpty()) {
            return packaged();
        }
        List<RuleSource> user = new ArrayList<>();
        extra.forEach(p -> user.addAll(RuleSources.user(p)));
        return withUser(user);
    }

    /**
     * Packaged rules plus a user's rule texts (read elsewhere: a distributed run broadcasts them), checked as
     * {@link #with(List)} checks files — names, forbidden calls (KPI-0209, 0211) — and compiled at run time.
     */
    public static RuleBook withUser(List<RuleSource> user) {
        if (user.isEmpty()) {
            return packaged();
        }
        List<Finding> refused = UserRules.check(user, RuleSources.packaged());
        if (!refused.isEmpty()) {
            throw new KpiException(refused);
        }
        List<RuleSource> all = new ArrayList<>(RuleSources.packaged());
        all.addAll(user);
        return build(all);
    }

    /** The precompiled packaged rules, or the classic ones when there is no precompiled model on the class path. */
    private static RuleBook loadPrecompiled() {
        Optional<PackagedModel> model = PackagedModel.read();
        if (model.isEmpty()) {
            return packaged(Mode.CLASSIC);
        }
        List<Model> models = new ArrayList<>();
        ClassLoader loader = RuleBook.class.getClassLoader();
        for (String name : model.get().classes()) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("precompiled rules: cannot load " + name
                        + " (rebuild jixiao, or run with JIXIAO_RULES=classic)", e);
            }
        }
        return new RuleBook(KieBaseBuilder.createKieBaseFromModel(models), model.get().files(), true,
                RuleLocations.of(RuleSources::packaged), false);
    }

    /** True when the packaged rules of this book were precompiled at build time (no DRL compiled at run time). */
    public boolean precompiled() {
        return precompiled;
    }

    /** The DRL of the precompiled model: its fingerprint, files and model classes, as {@link #MODEL_LIST} lists them. */
    public record PackagedModel(String fingerprint, List<String> files, List<String> classes) {

        /** The list on the class path, if the build wrote one. */
        public static Optional<PackagedModel> read() {
            InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(MODEL_LIST);
            if (in == null) {
                return Optional.empty();
            }
            String fingerprint = null;
            List<String> files = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            try (in) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int sp = line.indexOf(' ');
                    if (line.startsWith("#") || sp < 0) {
                        continue;
                    }
                    String key = line.substring(0, sp);
                    String value = line.substring(sp + 1).strip();
                    switch (key) {
                        case MODEL_FINGERPRINT -> fingerprint = value;
                        case MODEL_FILE -> files.add(value);
                        case MODEL_CLASS -> classes.add(value);
                        default -> { }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return classes.isEmpty() ? Optional.empty() : Optional.of(new PackagedModel(fingerprint, files, classes));
        }
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
        RuleLocations rules = RuleLocations.of(() -> sources);
        Set<String> packaged = new HashSet<>();
        RuleSources.packaged().forEach(p -> packaged.add(p.path()));
        return new RuleBook(helper.build(), names, false, rules, !packaged.containsAll(names));
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * A fresh session for one run of the rules, from a pool: {@code dispose()} resets it and gives it back, so
     * that scoring thousands of departments does not build thousands of sessions. Safe from any thread.
     */
    public KieSession newSession() {
        return sessions.pool().newKieSession();
    }

    /**
     * Whether a pattern of a rule or query of this book could match a fact of this type (a pattern of the type or of a
     * supertype, anywhere in a rule's conditions: not, exists, accumulate, from …). A batch session ({@link Derive})
     * inserts a derived fact only when one could; else it hands it straight to the reader of the session.
     */
    public boolean matched(Class<?> type) {
        return sessions.patterns().matched(type);
    }

    /** The pool of sessions of one compiled rule base, made when first needed and shared by its books. */
    private static final class Sessions {

        private final KieBase kieBase;
        private volatile KieSessionsPool pool;
        private volatile Patterns patterns;

        Patterns patterns() {
            Patterns p = patterns;
            if (p == null) {
                p = Patterns.of(kieBase);
                patterns = p;
            }
            return p;
        }

        Sessions(KieBase kieBase) {
            this.kieBase = kieBase;
        }

        KieSessionsPool pool() {
            KieSessionsPool p = pool;
            if (p == null) {
                synchronized (this) {
                    p = pool;
                    if (p == null) {
                        p = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
                        pool = p;
                    }
                }
            }
            return p;
        }
    }

    /** The types the patterns of a rule base match, read from its rules' conditions once. */
    private static final class Patterns {

        private final Set<Class<?>> types;
        /** a pattern of a type that is no class (a fact template): it could match anything */
        private final boolean anything;
        private final ConcurrentHashMap<Class<?>, Boolean> matched =
                new ConcurrentHashMap<>();

        private Patterns(Set<Class<?>> types, boolean anything) {
            this.types = types;
            this.anything = anything;
        }

        static Patterns of(KieBase kieBase) {
            Set<Class<?>> types = new HashSet<>();
            boolean[] anything = {false};
            for (org.kie.api.definition.KiePackage pkg : kieBase.getKiePackages()) {
                List<Object> rules = new ArrayList<>(pkg.getRules());
                rules.addAll(pkg.getQueries());
                for (Object rule : rules) {
                    if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl r) {
                        collect(r.getLhs(), types, anything);
                    } else {
                        anything[0] = true;
                    }
                }
            }
            return new Patterns(Set.copyOf(types), anything[0]);
        }

        private static void collect(org.drools.base.rule.RuleConditionElement e, Set<Class<?>> types,
                                    boolean[] anything) {
            if (e == null) {
                return;
            }
            if (e instanceof org.drools.base.rule.Pattern p) {
                if (p.getObjectType() instanceof org.drools.base.base.ClassObjectType c && c.getClassType() != null) {
                    types.add(c.getClassType());
                } else {
                    anything[0] = true;
                }
            }
            List<? extends org.drools.base.rule.RuleConditionElement> nested = e.getNestedElements();
            if (nested != null) {
                for (org.drools.base.rule.RuleConditionElement n : nested) {
                    collect(n, types, anything);
                }
            }
        }

        boolean matched(Class<?> type) {
            if (anything) {
                return true;
            }
            Boolean m = matched.get(type);
            if (m == null) {
                m = false;
                for (Class<?> t : types) {
                    if (t.isAssignableFrom(type)) {
                        m = true;
                        break;
                    }
                }
                matched.put(type, m);
            }
            return m;
        }
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
