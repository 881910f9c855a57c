package io.jixiao.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jixiao.load.YNode;
import io.jixiao.load.YamlReader;
import io.jixiao.model.Category;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.value.GradeLevel;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Finds a profile by name (national, hubei, sichuan: packaged under rules/profiles/) or by file path. */
public final class ProfileLoader {

    public static final List<String> BUILT_IN = List.of("national", "hubei", "sichuan");
    public static final String DEFAULT = "national";

    /**
     * Jackson's reader of profiles, made when a profile is first read — on the {@link #prefetch} thread in a cold run,
     * not on the thread that starts it (making it is a few tens of milliseconds of class loading and set-up).
     */
    private static final class Mapper {

        static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

        private Mapper() {
        }
    }

    /** The built-in profiles read so far: each is read once per process (a profile is immutable). */
    private static final Map<String, ScoringProfile> BUILT = new ConcurrentHashMap<>();

    /**
     * Where a profile named by the {@code --profile} option (or {@code Options.profile}) was written: an unknown one
     * is reported there ({@code --profile: 错误 KPI-0130 …}), not at an input file.
     */
    public static final Location OPTION = Location.of("--profile");

    private ProfileLoader() {
    }

    /**
     * Starts reading, on a thread of its own, the built-in profile a run is about to need — {@code nameOrPath} when it
     * is a built-in name, else national (the default, and what a profile file leaves out comes from it) — so that a
     * cold start reads it (Jackson's data binding: a tenth of a second or more) while the calling thread reads the
     * files. A problem is left for {@link #load} to report.
     */
    public static void prefetch(String nameOrPath) {
        String spec = nameOrPath != null && BUILT_IN.contains(nameOrPath.strip()) ? nameOrPath.strip() : DEFAULT;
        if (BUILT.containsKey(spec)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                builtIn(spec);
            } catch (RuntimeException | Error e) {
                // load() reads it again and reports it (an error of the JVM too, coded, never a stack trace here)
            }
        }, "jixiao-profile");
        t.setDaemon(true);
        t.start();
    }

    /**
     * @param nameOrPath a built-in name, or a path to a profile YAML (relative to {@code baseDir} when the
     *                   targets file named it)
     */
    public static ScoringProfile load(String nameOrPath, Path baseDir) {
        return load(nameOrPath, baseDir, Location.UNKNOWN);
    }

    /** As {@link #load(String, Path)}; {@code at} is where the name was written (a targets file's profile:). */
    public static ScoringProfile load(String nameOrPath, Path baseDir, Location at) {
        String spec = nameOrPath == null || nameOrPath.isBlank() ? DEFAULT : nameOrPath.strip();
        if (BUILT_IN.contains(spec)) {
            return builtIn(spec);
        }
        Path file = baseDir == null ? Path.of(spec) : baseDir.resolve(spec);
        if (!Files.isRegularFile(file)) {
            throw new KpiException(ProfileProblems.unknownProfile(at, spec, BUILT_IN));
        }
        try {
            String name = file.toString();
            String text = YamlReader.readText(file).text();
            // the targets' YAML rules first: syntax errors, tags, anchors, size and depth limits, located (KPI-01xx)
            YNode tree = YamlReader.parse(name, text);
            if (!(tree instanceof YNode.YMap)) {
                // never Jackson's words about constructors: say what the file holds, quoted briefly
                throw new KpiException(ProfileProblems.invalid(tree.at(), "invalid.notMapping", "kind", tree.kind()));
            }
            // the bands are checked by Sense, which places each finding at the band's key (docs/scoring.md#grade-bands)
            ScoringProfile read = Sense.locate(
                    () -> check(Mapper.YAML.readValue(text, ScoringProfile.class), name, false), name, tree);
            Sense.check(read, name, tree);
            // identified by its content, never by the name it gives itself (docs/formats.md#profile-identity)
            ScoringProfile p = read.named(identity(text, file));
            ScoringProfile national = builtIn(DEFAULT);
            // a profile written before the review existed (or without opinions on it) reviews like national
            ScoringProfile reviewed = p.review() != null ? p : p.withReview(national.review());
            // … and reads the direction of a target without comparator with national's words
            if (reviewed.lowerIsBetter() == null) {
                reviewed = reviewed.withLowerIsBetter(national.lowerIsBetter());
            }
            // … and rechecks like national, but for a 预算执行率 floor it gives in its review section (before 0.2)
            RecheckSettings own = p.recheck() != null ? p.recheck() : new RecheckSettings(null, null, null);
            if (own.executionFloor() == null && p.review() != null && p.review().executionFloor() != null) {
                own = new RecheckSettings(p.review().executionFloor(), own.notApplicableShare(), own.claimTolerance());
            }
            ScoringProfile done = reviewed.withRecheck(own.orElse(national.recheck()));
            // … and monitors like national for what its monitoring: section leaves out
            MonitoringSettings monitoring = p.monitoring() == null ? national.monitoring()
                    : p.monitoring().orElse(national.monitoring());
            String problem = monitoring.problem();
            if (problem != null) {
                throw new KpiException(ProfileProblems.badProfile(Location.of(name), problem));
            }
            done = done.withMonitoring(monitoring);
            // … and uses results (结果应用) like national unless it says otherwise
            return p.resultUse() != null ? done : done.withResultUse(national.resultUse());
        } catch (JsonMappingException e) {
            var loc = e.getLocation();
            throw new KpiException(ProfileProblems.badProfile(loc == null ? Location.of(file.toString())
                    : new Location(file.toString(), loc.getLineNr(), loc.getColumnNr()), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new KpiException(ProfileProblems.badProfile(Location.of(file.toString()), e.getMessage()));
        }
    }

    /**
     * What a profile file is called in every report: the built-in's name when the file holds exactly a built-in
     * profile's text, else {@code custom sha256:<12 hex digits> (<file name>)} — a hash of its content, so that a
     * file that calls itself {@code name: national} is never shown as national.
     */
    static String identity(String text, Path file) {
        String hash = sha256(text);
        for (String b : BUILT_IN) {
            if (hash.equals(sha256(builtInText(b)))) {
                return b;
            }
        }
        Path fileName = file.getFileName();
        return "custom sha256:" + hash.substring(0, 12) + " (" + (fileName == null ? file : fileName) + ")";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.replace("\r\n", "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /** The text of a built-in profile's YAML, as the jar holds it. */
    public static String builtInText(String spec) {
        String resource = "/rules/profiles/" + spec + ".yaml";
        try (InputStream in = ProfileLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in profile missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("built-in profile " + spec + " does not load", e);
        }
    }

    private static ScoringProfile builtIn(String spec) {
        ScoringProfile known = BUILT.get(spec);
        return known != null ? known : BUILT.computeIfAbsent(spec, ProfileLoader::readBuiltIn);
    }

    /**
     * A built-in profile: made by the code generated from its YAML at build time when that code was made from the text
     * the jar holds ({@link PackagedProfiles}), else read from the YAML.
     */
    private static ScoringProfile readBuiltIn(String spec) {
        PackagedProfiles code = Packaged.CODE;
        if (code != null) {
            try {
                ScoringProfile p = code.of(spec, builtInText(spec));
                if (p != null) {
                    return p;
                }
            } catch (LinkageError e) {
                // code made against other classes than these: the YAML is read instead
            }
        }
        return readBuiltInAsWritten(spec);
    }

    /** The code made from the built-in profiles at build time, or null: none, or made for other records. */
    static PackagedProfiles packagedCode() {
        return Packaged.CODE;
    }

    /**
     * The code made from the built-in profiles at build time; null when the classes hold none (an IDE's build) or when
     * a record it constructs has changed shape since it was made (an IDE's build of the records after a Maven build).
     */
    private static final class Packaged {

        static final PackagedProfiles CODE = load();

        private Packaged() {
        }

        private static PackagedProfiles load() {
            try {
                PackagedProfiles code = (PackagedProfiles) Class.forName("io.jixiao.profile.GeneratedProfiles")
                        .getDeclaredConstructor().newInstance();
                return PackagedProfiles.sameShapes(code.shapes()) ? code : null;
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                return null; // the YAML is read instead, as before the code existed
            }
        }
    }

    /**
     * A built-in profile read from its YAML with Jackson's data binding and checked: what a run reads when no code was
     * made from that YAML, and what PackagedProfilesCodegen turns into code at build time (not for other callers).
     */
    public static ScoringProfile readBuiltInAsWritten(String spec) {
        String resource = "/rules/profiles/" + spec + ".yaml";
        try (InputStream in = ProfileLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in profile missing from the jar: " + resource);
            }
            ScoringProfile p = check(Mapper.YAML.readValue(in, ScoringProfile.class), resource, true);
            if (!p.name().equals(spec)) {
                throw new IllegalStateException("built-in profile " + spec + " calls itself " + p.name());
            }
            if (p.review() == null || p.recheck() == null || !p.recheck().complete() || p.monitoring() == null
                    || !p.monitoring().complete() || p.monitoring().problem() != null || p.resultUse() == null
                    || p.lowerIsBetter() == null) {
                throw new IllegalStateException("built-in profile " + spec
                        + " has no complete review:, recheck:, monitoring:, lowerIsBetter: and resultUse:");
            }
            return p;
        } catch (IOException e) {
            throw new IllegalStateException("built-in profile " + spec + " does not load", e);
        }
    }

    /**
     * The profile a command uses: {@code override} (a name, or a path relative to the working folder) when
     * given, else the targets file's {@code profile:} (a path relative to that file), else national.
     */
    public static ScoringProfile forTargets(String override, io.jixiao.model.DepartmentTargets d, Path targetsFile) {
        if (override != null) {
            return load(override, null);
        }
        return load(d.profile(), targetsFile.toAbsolutePath().getParent(), d.locationOf("profile"));
    }

    /** @param bands whether to check the achievement bands here (a file's are checked, located, by Sense) */
    private static ScoringProfile check(ScoringProfile p, String where, boolean bands) {
        Location at = Location.of(where);
        if (p.name() == null || p.groups() == null || p.budgetWeight() == null || p.achievement() == null
                || p.ratings() == null || p.grades() == null || p.overAchievementFlag() == null) {
            throw new KpiException(ProfileProblems.invalid(at, "invalid.required"));
        }
        BigDecimal total = p.groups().stream().map(ScoringProfile.Group::weight).reduce(p.budgetWeight(), BigDecimal::add);
        if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new KpiException(ProfileProblems.invalid(at, "invalid.weights", "total", total.toPlainString()));
        }
        if (p.aggregation() != null && !ScoringProfile.AGGREGATIONS.contains(p.aggregation())) {
            throw new KpiException(ProfileProblems.invalid(at, "invalid.aggregation", "aggregation", p.aggregation(),
                    "known", ScoringProfile.AGGREGATIONS));
        }
        Set<Category> seen = EnumSet.noneOf(Category.class);
        p.groups().forEach(g -> g.categories().forEach(c -> {
            if (!seen.add(c)) {
                throw new KpiException(ProfileProblems.invalid(at, "invalid.categoryTwice", "category", c));
            }
        }));
        if (!seen.containsAll(EnumSet.of(Category.OUTPUT, Category.OUTCOME, Category.SATISFACTION))) {
            throw new KpiException(ProfileProblems.invalid(at, "invalid.categoryWithoutGroup"));
        }
        if (p.review() != null && !p.review().complete()) {
            throw new KpiException(ProfileProblems.invalid(at, "invalid.review"));
        }
        if (p.resultUse() != null) {
            List<String> every = new java.util.ArrayList<>(p.grades().keySet());
            every.add("差"); // below the lowest threshold (ScoringProfile.grade)
            for (String g : every) {
                if (!p.resultUse().containsKey(g)) {
                    throw new KpiException(ProfileProblems.invalid(at, "invalid.resultUseMissing", "grade", g));
                }
            }
            p.resultUse().forEach((g, u) -> {
                if (u.suggestion() == null || u.suggestion().isBlank() || u.reduction().signum() < 0
                        || u.reduction().compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new KpiException(ProfileProblems.invalid(at, "invalid.resultUseEntry", "grade", g));
                }
            });
        }
        for (GradeLevel l : GradeLevel.values()) {
            if (l.achievement() ? !p.achievement().containsKey(l) : !p.ratings().containsKey(l)) {
                throw new KpiException(ProfileProblems.invalid(at, "invalid.gradePercent", "grade", l.label(),
                        "level", l));
            }
        }
        if (bands) {
            checkBands(p, (level, field) -> at);
        }
        if (p.lowerIsBetter() != null && p.lowerIsBetter().stream().anyMatch(w -> w == null || w.isBlank())) {
            throw new KpiException(ProfileProblems.invalid(at, "invalid.lowerIsBetterEmpty"));
        }
        return p;
    }

    /**
     * The achievement bands meet without overlapping or leaving a gap (docs/scoring.md#grade-bands): from 未达成 up
     * to 达成, each band starts where the one below ends ([0, 60), [60, 80), [80, 100]); each default lies in its band.
     */
    static void checkBands(ScoringProfile p, java.util.function.BiFunction<GradeLevel, String, Location> at) {
        List<GradeLevel> up = List.of(GradeLevel.NOT_ACHIEVED, GradeLevel.PARTIAL, GradeLevel.ACHIEVED);
        for (int i = 0; i < up.size(); i++) {
            GradeLevel l = up.get(i);
            ScoringProfile.Band b = p.achievement().get(l);
            if (b.low() == null || b.high() == null || b.byDefault() == null || b.low().compareTo(b.high()) >= 0) {
                throw new KpiException(ProfileProblems.invalid(at.apply(l, null), "invalid.bandIncomplete", "level", l));
            }
            if (b.low().signum() < 0 || b.high().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new KpiException(ProfileProblems.invalid(at.apply(l, null), "invalid.bandOutside", "level", l,
                        "low", b.low().toPlainString(), "high", b.high().toPlainString()));
            }
            if (i > 0) {
                GradeLevel below = up.get(i - 1);
                int cmp = b.low().compareTo(p.achievement().get(below).high());
                if (cmp != 0) {
                    throw new KpiException(ProfileProblems.invalid(at.apply(l, "low"), cmp < 0 ? "invalid.bandsOverlap"
                            : "invalid.bandsGap", "level", l, "low", b.low().toPlainString(), "below", below,
                            "high", p.achievement().get(below).high().toPlainString()));
                }
            }
            if (!p.inBand(l, b.byDefault())) {
                throw new KpiException(ProfileProblems.invalid(at.apply(l, "default"), "invalid.bandDefault", "level", l,
                        "default", b.byDefault().toPlainString(), "band", p.bandText(l)));
            }
        }
    }
}
