package io.jixiao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import io.jixiao.api.GoalPlan;
import io.jixiao.api.Result;
import io.jixiao.api.TableResult;
import io.jixiao.load.ActualsFiles;
import io.jixiao.load.Source;
import io.jixiao.load.YamlReader;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.report.CsvReport;
import io.jixiao.report.JsonReport;
import io.jixiao.report.ScoredDepartment;
import io.jixiao.report.WhatIfReport;
import io.jixiao.report.html.HtmlReport;
import io.jixiao.report.monitor.MonitorJson;
import io.jixiao.store.Catalog;
import io.jixiao.store.HistoryReader;
import io.jixiao.store.HistoryReport;
import io.jixiao.store.Notes;
import io.jixiao.store.StoredFile;
import io.jixiao.store.Users;
import io.jixiao.workbook.RankingWorkbook;
import io.jixiao.workbook.SelfEvaluationWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The workbench: {@code jixiao serve} (docs/web.md). Pages (jte templates, htmx) and the JSON API on one store;
 * every score is the one pipeline's, every rendering the report module's.
 *
 * <p>Authorisation: a department user sees and submits its own department only; a bureau reviewer and an admin see
 * every department and submit none; an admin alone lists and adds accounts. Every POST but the login needs the
 * session's {@code X-CSRF-Token} header (403 otherwise).
 */
public final class Workbench implements AutoCloseable {

    /** The session cookie: HttpOnly, SameSite=Strict (Secure when {@link Settings#secureCookie}). */
    public static final String COOKIE = "jixiao_session";
    /** The header every POST but the login carries. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** The largest request accepted: a workbook at the loaders' limit and a little for the form around it. */
    public static final long MAX_REQUEST_BYTES = ActualsFiles.WORKBOOK_MAX_BYTES + 64 * 1024;

    /**
     * How the server runs.
     *
     * @param maxWhatIfs   what-if sessions open at once, at most
     * @param whatIfIdleMs a what-if unused this long is closed
     * @param sessionIdleMs a login unused this long ends
     * @param secureCookie mark the cookie Secure (behind HTTPS)
     */
    public record Settings(String bind, int port, int maxWhatIfs, long whatIfIdleMs, long sessionIdleMs,
                           boolean secureCookie) {

        public static Settings of(String bind, int port) {
            return new Settings(bind, port, 200, 10 * 60_000L, 8 * 3600_000L, false);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Ledger ledger;
    private final Users users;
    private final OverviewPage overview;
    private final Settings settings;
    private final LongSupplier clock;
    private final Throttle throttle;
    private final WhatIfs whatIfs;
    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Javalin app;

    private Workbench(io.jixiao.store.Store store, Settings settings, LongSupplier clock) {
        this.ledger = new Ledger(store);
        this.users = new Users(store);
        this.overview = new OverviewPage(ledger, users);
        this.settings = settings;
        this.clock = clock;
        this.throttle = new Throttle(clock);
        this.whatIfs = new WhatIfs(settings.maxWhatIfs(), settings.whatIfIdleMs(), clock);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.multipartConfig.maxFileSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.staticFiles.enableWebjars();
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/io/jixiao/web/static";
                s.location = Location.CLASSPATH;
            });
            routes(config.routes);
        });
    }

    /** Starts a workbench on the store; {@code settings.port} 0 takes a free port. */
    public static Workbench start(io.jixiao.store.Store store, Settings settings) {
        Workbench w = new Workbench(store, settings, System::currentTimeMillis);
        w.app.start(settings.bind(), settings.port());
        return w;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        whatIfs.closeAll();
        app.stop();
    }

    // ------------------------------------------------------------------------------------------------ routes

    private void routes(io.javalin.config.RoutesConfig r) {
        r.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; frame-ancestors 'none'");
            String length = ctx.header("Content-Length");
            if (length != null && parseLong(length) > MAX_REQUEST_BYTES) {
                throw new Refusal(413, tooLarge());
            }
            if (ctx.method().name().equals("POST") && !ctx.path().equals("/api/login")
                    && !ctx.path().equals("/login")) {
                WebSession s = session(ctx);
                if (s != null && !sameToken(s.csrf, ctx.header(CSRF_HEADER))) {
                    throw new Refusal(403, WebLabels.t("error.csrf", "header", CSRF_HEADER));
                }
            }
        });
        r.exception(Refusal.class, (e, ctx) -> refuse(ctx, e.status, e.getMessage()));
        r.exception(WhatIfs.Full.class, (e, ctx) -> refuse(ctx, 503, e.getMessage()));
        // Javalin's own answers (no such endpoint, a body too large …) in the workbench's words, not Javalin's
        r.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> refuse(ctx, e.getStatus(),
                e.getStatus() == 413 ? tooLarge() : e.getStatus() == 404
                        ? WebLabels.t("error.notFound", "path", ctx.path())
                        : WebLabels.t("error.status", "status", e.getStatus())));

        // the JSON API
        r.post("/api/login", this::apiLogin);
        r.post("/api/logout", ctx -> {
            logout(ctx);
            ctx.status(204);
        });
        r.get("/api/departments", this::apiDepartments);
        r.get("/api/overview", this::apiOverview);
        r.get("/api/departments/{id}/history", this::apiHistory);
        r.get("/api/departments/{id}/years/{year}/score", this::apiScore);
        r.get("/api/departments/{id}/years/{year}/monitor", this::apiMonitor);
        r.post("/api/departments/{id}/years/{year}/whatif", this::apiWhatIf);
        r.post("/api/departments/{id}/years/{year}/actuals", this::apiActuals);
        r.get("/api/departments/{id}/years/{year}/notes", this::apiNotes);
        r.post("/api/departments/{id}/years/{year}/notes", this::apiAddNote);
        r.get("/api/users", this::apiUsers);
        r.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
                .result(resource("/io/jixiao/web/openapi.json")));

        // the pages
        r.get("/login", ctx -> ctx.html(render("login.jte", Map.of("error", ""))));
        r.post("/login", this::pageLogin);
        r.post("/logout", ctx -> {
            logout(ctx);
            ctx.header("HX-Redirect", "/login");
            ctx.status(204);
        });
        r.get("/", this::pageOverview);
        r.get("/ranking.csv", this::rankingCsv);
        r.get("/ranking.xlsx", this::rankingXlsx);
        r.get("/departments/{id}/years/{year}", this::pageDepartment);
        r.get("/users", this::pageUsers);
        r.post("/users", this::pageAddUser);
        r.post("/users/state", this::pageUserState);
        r.post("/users/password", this::pageUserPassword);
        r.post("/departments/{id}/years/{year}/whatif", this::pageWhatIf);
        r.post("/departments/{id}/years/{year}/goal", this::pageGoal);
        r.post("/departments/{id}/years/{year}/upload", this::pageUpload);
        r.post("/departments/{id}/years/{year}/notes", this::pageNote);
        r.get("/departments/{id}/years/{year}/report.html", this::downloadHtml);
        r.get("/departments/{id}/years/{year}/score.csv", this::downloadCsv);
        r.get("/departments/{id}/years/{year}/ziping.xlsx", this::downloadWorkbook);
    }

    /** An answer other than 200: JSON for the API, a page otherwise. */
    static final class Refusal extends RuntimeException {
        final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void refuse(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ObjectNode n = JSON.createObjectNode().put("status", status).put("message", message);
            ctx.contentType("application/json").result(n.toString());
        } else if (status == 401) {
            ctx.redirect("/login");
        } else {
            // the header of the logged-in account (who is refused, and the way to log out), when there is one
            WebSession s = session(ctx);
            Map<String, Object> params = new java.util.HashMap<>();
            params.put("status", status);
            params.put("message", message);
            params.put("account", s == null ? null : s.account);
            params.put("csrf", s == null ? "" : s.csrf);
            ctx.html(render("refused.jte", params));
        }
    }

    // ------------------------------------------------------------------------------------------------ sessions

    private WebSession session(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null) {
            return null;
        }
        WebSession s = sessions.get(id);
        long now = clock.getAsLong();
        if (s == null || now - s.lastSeen > settings.sessionIdleMs()) {
            if (s != null) {
                sessions.remove(id);
                whatIfs.drop(s);
            }
            return null;
        }
        s.lastSeen = now;
        return s;
    }

    private WebSession required(Context ctx) {
        WebSession s = session(ctx);
        if (s == null) {
            throw new Refusal(401, WebLabels.t("error.login"));
        }
        return s;
    }

    /** Checks the name and password; on success a new session with its cookie. */
    private WebSession login(Context ctx, String name, String password) {
        if (name == null || password == null || name.isBlank()) {
            throw new Refusal(401, WebLabels.t("error.credentials"));
        }
        long wait = throttle.waitFor(name);
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf((wait + 999) / 1000));
            users.audit(name, "login-throttled", null, null, ctx.ip());
            throw new Refusal(429, WebLabels.t("error.throttled", "seconds", (wait + 999) / 1000));
        }
        Optional<Users.User> u = users.find(name).filter(x -> !x.disabled());
        if (!Passwords.matches(password, u.map(Users.User::passwordHash).orElse(null))) {
            throttle.failed(name);
            users.audit(name, "login-failed", null, null, ctx.ip());
            throw new Refusal(401, WebLabels.t("error.credentials"));
        }
        throttle.succeeded(name);
        Users.User user = u.get();
        WebSession s = new WebSession(token(), new Account(user.name(), user.role(), user.department()), token(),
                clock.getAsLong());
        sessions.put(s.id, s);
        Cookie c = new Cookie(COOKIE, s.id, "/", -1, settings.secureCookie(), true, null, SameSite.STRICT);
        ctx.cookie(c);
        users.audit(name, "login", null, null, ctx.ip());
        return s;
    }

    private void logout(Context ctx) {
        WebSession s = session(ctx);
        if (s != null) {
            sessions.remove(s.id);
            whatIfs.drop(s);
        }
        ctx.removeCookie(COOKIE, "/");
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------------ lookups

    /** The department of the path's {id}: 404 when unknown, 403 when the account may not see it. */
    private String department(Context ctx, Account a) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new Refusal(404, WebLabels.t("error.noDepartment", "id", ctx.pathParam("id")));
        }
        String dept = ledger.departmentName(id, users::departmentName)
                .orElseThrow(() -> new Refusal(404, WebLabels.t("error.noDepartment", "id", id)));
        if (!a.maySee(dept)) {
            throw new Refusal(403, WebLabels.t("error.otherDepartment"));
        }
        return dept;
    }

    private Catalog.Entry entry(Context ctx, Account a) {
        return entry(ctx, a, false);
    }

    /**
     * The department-year of the path: 404 when unknown, 403 when the account may not see it.
     *
     * @param recent a what-if's: the revision read at most {@link Ledger#REVISION_RECHECK_MS} ago will do
     */
    private Catalog.Entry entry(Context ctx, Account a, boolean recent) {
        String dept = department(ctx, a);
        int year;
        try {
            year = Integer.parseInt(ctx.pathParam("year"));
        } catch (NumberFormatException e) {
            throw new Refusal(404, WebLabels.t("error.noYear", "year", ctx.pathParam("year")));
        }
        return (recent ? ledger.recentEntry(dept, year, clock.getAsLong()) : ledger.entry(dept, year))
                .orElseThrow(() -> new Refusal(404, WebLabels.t("error.noData", "department", dept, "year", year)));
    }

    private Evaluation scored(Catalog.Entry e) {
        Evaluation ev = ledger.evaluation(e);
        if (ev == null || ev.score() == null) {
            throw new Refusal(404, WebLabels.t("error.unscored", "department", e.department(), "year", e.year()));
        }
        return ev;
    }

    private long id(String department) {
        return users.departmentId(department).orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------ the API

    private void apiLogin(Context ctx) throws IOException {
        JsonNode body = readJson(ctx);
        WebSession s = login(ctx, text(body, "user"), text(body, "password"));
        json(ctx, JSON.createObjectNode().put("csrfToken", s.csrf).put("user", s.account.name())
                .put("role", s.account.role().key()));
    }

    private void apiDepartments(Context ctx) {
        Account a = required(ctx).account;
        Integer year = ctx.queryParam("year") == null ? null : parseYear(ctx.queryParam("year"));
        ArrayNode out = JSON.createArrayNode();
        for (Catalog.Entry e : ledger.list(year)) {
            if (a.maySee(e.department())) {
                ObjectNode n = out.addObject().put("id", id(e.department())).put("name", e.department())
                        .put("year", e.year());
                if (e.score() == null) {
                    n.putNull("score");
                } else {
                    n.put("score", e.score().setScale(2, RoundingMode.HALF_UP));
                }
                n.put("grade", e.grade());
            }
        }
        json(ctx, out);
    }

    private void apiScore(Context ctx) {
        Catalog.Entry e = entry(ctx, required(ctx).account);
        ctx.contentType("application/json; charset=utf-8").result(JsonReport.render(scored(e).score()));
    }

    private void apiHistory(Context ctx) {
        String dept = department(ctx, required(ctx).account);
        ctx.contentType("application/json; charset=utf-8")
                .result(HistoryReport.json(new HistoryReader(ledger.store()).history(dept)));
    }

    private void apiMonitor(Context ctx) {
        Catalog.Entry e = entry(ctx, required(ctx).account);
        Monitored m = ledger.monitored(e).orElseThrow(() -> new Refusal(404, WebLabels.t("error.noProgress",
                "department", e.department(), "year", e.year())));
        if (m.monitoring() == null) {
            throw new Refusal(422, m.errors().stream().map(Finding::render).reduce((x, y) -> x + "\n" + y)
                    .orElse(WebLabels.t("error.monitorFailed")));
        }
        ctx.contentType("application/json; charset=utf-8").result(MonitorJson.render(m.monitoring()));
    }

    private void apiWhatIf(Context ctx) throws IOException {
        // the server's own time for the request: the session and department-year found, the change applied, the
        // re-score and the deltas (the load benchmark reads it from the Server-Timing header)
        Timing timing = Timing.start();
        WebSession s = required(ctx);
        Catalog.Entry e = entry(ctx, s.account, true);
        JsonNode body = readJson(ctx);
        Map<String, String> set = new LinkedHashMap<>();
        JsonNode given = body.path("set");
        if (!given.isObject()) {
            throw new Refusal(400, WebLabels.t("error.whatifBody"));
        }
        given.fields().forEachRemaining(f -> set.put(f.getKey(), f.getValue().asText()));
        Map<String, String> spent = new LinkedHashMap<>();
        body.path("spent").fields().forEachRemaining(f -> spent.put(f.getKey(), f.getValue().asText()));
        ObjectNode out = whatIf(s, e, o -> {
            apply(o, set, spent);
            return delta(o.before, o.session.score());
        });
        timing.header(ctx, "whatif");
        json(ctx, out);
    }

    /** Runs {@code work} on the session's what-if of the department-year (opened when needed), under its lock. */
    private <T> T whatIf(WebSession s, Catalog.Entry e, java.util.function.Function<WhatIfs.Open, T> work) {
        scored(e);
        return whatIfs.with(s, e.department(), e.year(), e.revision(), () -> {
            var w = ledger.whatIf(e);
            return new WhatIfs.Open(e.department(), e.year(), e.revision(), w, w.score(), clock.getAsLong());
        }, work);
    }

    /** Applies the changes: each key 表/指标 (the table's name, a slash, the indicator's key or name). */
    private static void apply(WhatIfs.Open o, Map<String, String> set, Map<String, String> spent) {
        for (Map.Entry<String, String> c : set.entrySet()) {
            int slash = c.getKey().indexOf('/');
            if (slash <= 0 || slash == c.getKey().length() - 1) {
                throw new Refusal(400, WebLabels.t("error.whatifKey", "key", c.getKey()));
            }
            String table = c.getKey().substring(0, slash);
            String indicator = c.getKey().substring(slash + 1);
            try {
                if (c.getValue() == null || c.getValue().isBlank()) {
                    o.session.reset(table, indicator);
                } else {
                    o.session.set(table, indicator, c.getValue().strip());
                }
            } catch (KpiException k) {
                throw new Refusal(422, k.findings().stream().map(Finding::render).reduce((x, y) -> x + "\n" + y)
                        .orElse(k.getMessage()));
            }
        }
        for (Map.Entry<String, String> c : spent.entrySet()) {
            try {
                o.session.spent(c.getKey(), new BigDecimal(c.getValue().strip()));
            } catch (NumberFormatException n) {
                throw new Refusal(422, WebLabels.t("error.spent", "value", c.getValue()));
            } catch (KpiException k) {
                throw new Refusal(422, k.findings().stream().map(Finding::render).reduce((x, y) -> x + "\n" + y)
                        .orElse(k.getMessage()));
            }
        }
    }

    /** Before, after and each table's change. */
    private static ObjectNode delta(Result before, Result after) {
        ObjectNode out = JSON.createObjectNode();
        out.putObject("before").put("score", before.rounded()).put("grade", before.grade());
        out.putObject("after").put("score", after.rounded()).put("grade", after.grade());
        out.put("delta", after.rounded().subtract(before.rounded()));
        ArrayNode tables = out.putArray("tables");
        for (TableResult t : after.tables()) {
            TableResult b = before.table(t.name());
            tables.addObject().put("name", t.name()).put("before", b.rounded()).put("after", t.rounded())
                    .put("delta", t.rounded().subtract(b.rounded())).put("grade", t.grade());
        }
        out.put("stored", false);
        return out;
    }

    private void apiActuals(Context ctx) {
        WebSession s = required(ctx);
        Catalog.Entry e = entry(ctx, s.account);
        Ledger.Submitted r = submit(ctx, s.account, e);
        if (r.stored()) {
            json(ctx, JSON.createObjectNode().put("stored", true).put("revision", r.outcome().revision())
                    .put("status", r.outcome().status().name().toLowerCase(java.util.Locale.ROOT)));
        } else {
            ObjectNode n = JSON.createObjectNode().put("stored", false);
            n.set("findings", JsonReport.findings(r.errors()));
            ctx.status(422);
            json(ctx, n);
        }
    }

    /** A submission: the account must be the department's; the upload's name decides its kind only. */
    private Ledger.Submitted submit(Context ctx, Account a, Catalog.Entry e) {
        if (!a.maySubmit(e.department())) {
            throw new Refusal(403, WebLabels.t(a.role() == Users.Role.DEPARTMENT ? "error.submitOwn"
                    : "error.submitReviewer"));
        }
        UploadedFile f = ctx.uploadedFile("file");
        if (f == null) {
            throw new Refusal(400, WebLabels.t("error.noFile"));
        }
        String name = f.filename() == null ? "" : f.filename();
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":")
                || name.chars().anyMatch(c -> c < 32 || c == 127) || name.length() > 200) {
            users.audit(a.name(), "submit-refused", e.department(), e.year(), "bad file name: " + name);
            throw new Refusal(422, WebLabels.t("error.fileName", "name", name));
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            throw new Refusal(422, WebLabels.t("error.fileKind", "name", name));
        }
        // kept under the client's name (findings name the file the user sent), as an actuals file of the folder
        String kind = lower.startsWith("actuals") ? name : "actuals-" + name;
        long limit = lower.endsWith(".xlsx") ? ActualsFiles.WORKBOOK_MAX_BYTES : YamlReader.MAX_BYTES;
        if (f.size() > limit) {
            throw new Refusal(413, WebLabels.t("error.fileTooLarge", "size", f.size(), "limit", limit));
        }
        byte[] bytes;
        try (InputStream in = f.content()) {
            bytes = in.readNBytes(Math.toIntExact(limit + 1));
        } catch (IOException io) {
            throw new Refusal(400, WebLabels.t("error.uploadRead", "reason", String.valueOf(io.getMessage())));
        }
        Ledger.Submitted r = ledger.submit(e, kind, bytes);
        users.audit(a.name(), r.stored() ? "submit" : "submit-refused", e.department(), e.year(),
                name + (r.stored() ? " → revision " + r.outcome().revision()
                        : ": " + r.errors().stream().map(Finding::code).distinct().toList()));
        return r;
    }

    private void apiUsers(Context ctx) {
        Account a = required(ctx).account;
        if (a.role() != Users.Role.ADMIN) {
            throw new Refusal(403, WebLabels.t("users.forbidden"));
        }
        ArrayNode out = JSON.createArrayNode();
        for (Users.User u : users.list()) {
            out.addObject().put("name", u.name()).put("role", u.role().key()).put("department", u.department())
                    .put("disabled", u.disabled());
        }
        json(ctx, out);
    }

    // ------------------------------------------------------------------------------------------------ pages

    private void pageLogin(Context ctx) {
        try {
            WebSession s = login(ctx, ctx.formParam("user"), ctx.formParam("password"));
            ctx.redirect(s.account.role() == Users.Role.DEPARTMENT ? home(s.account) : "/");
        } catch (Refusal r) {
            ctx.status(r.status).html(render("login.jte", Map.of("error", r.getMessage())));
        }
    }

    private String home(Account a) {
        List<Catalog.Entry> own = ledger.list(null).stream().filter(e -> e.department().equals(a.department()))
                .toList();
        return own.isEmpty() ? "/" : "/departments/" + id(a.department()) + "/years" + "/"
                + own.get(own.size() - 1).year();
    }

    private void pageOverview(Context ctx) {
        WebSession s = required(ctx);
        List<Integer> years = ledger.years();
        Integer year = ctx.queryParam("year") != null ? parseYear(ctx.queryParam("year"))
                : years.isEmpty() ? null : years.get(0);
        Pages.Filter filter = filter(ctx);
        OverviewPage.Year y = year == null ? new OverviewPage.Year(List.of(), Map.of(), List.of(), Map.of())
                : overview.year(s.account, year);
        ctx.html(render("overview.jte", Map.of("page", new Pages.Overview(s.account, s.csrf, years,
                year == null ? 0 : year, filter, y.rows().stream().filter(filter::keeps).toList(), y.grades(),
                y.categories(), y.lights()))));
    }

    private static Pages.Filter filter(Context ctx) {
        return new Pages.Filter(param(ctx, "grade"), param(ctx, "findings"), param(ctx, "light"));
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : v.strip();
    }

    /** The rows of the ranking the request asks for (its year, its filters), as the account may see them. */
    private List<Pages.Row> ranking(Context ctx, Account a) {
        String y = ctx.queryParam("year");
        if (y == null || y.isBlank()) {
            throw new Refusal(400, WebLabels.t("error.year"));
        }
        Pages.Filter filter = filter(ctx);
        return overview.year(a, parseYear(y)).rows().stream().filter(filter::keeps).toList();
    }

    private void rankingCsv(Context ctx) {
        WebSession s = required(ctx);
        List<Pages.Row> rows = ranking(ctx, s.account);
        attachment(ctx, "ranking-" + ctx.queryParam("year").strip() + ".csv", "text/csv; charset=utf-8",
                io.jixiao.report.Csv.fileBytes(OverviewPage.csv(rows)));
    }

    private void rankingXlsx(Context ctx) {
        WebSession s = required(ctx);
        List<Pages.Row> rows = ranking(ctx, s.account);
        int year = parseYear(ctx.queryParam("year"));
        attachment(ctx, "ranking-" + year + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                RankingWorkbook.write(year, OverviewPage.lines(rows)));
    }

    private void apiOverview(Context ctx) {
        WebSession s = required(ctx);
        String y = ctx.queryParam("year");
        if (y == null || y.isBlank()) {
            throw new Refusal(400, WebLabels.t("error.year"));
        }
        int year = parseYear(y);
        OverviewPage.Year v = overview.year(s.account, year);
        Pages.Filter filter = filter(ctx);
        ObjectNode out = JSON.createObjectNode().put("year", year);
        ArrayNode rows = out.putArray("ranking");
        for (Pages.Row r : v.rows()) {
            if (!filter.keeps(r)) {
                continue;
            }
            ObjectNode n = rows.addObject();
            if (r.rank() == 0) {
                n.putNull("rank");
            } else {
                n.put("rank", r.rank());
            }
            n.put("id", r.id()).put("name", r.department()).put("year", r.year()).put("score", r.score())
                    .put("grade", r.grade()).put("change", r.change()).put("findings", r.findings())
                    .put("light", r.light()).put("resultUse", r.resultUse()).put("reduction", r.reduction());
        }
        ObjectNode grades = out.putObject("grades");
        v.grades().forEach(grades::put);
        ArrayNode categories = out.putArray("categories");
        v.categories().forEach(c -> categories.addObject().put("name", c.name()).put("tables", c.tables())
                .put("points", c.points()).put("score", c.score()).put("rate", c.rate()));
        ObjectNode lights = out.putObject("lights");
        v.lights().forEach(lights::put);
        json(ctx, out);
    }

    private void pageDepartment(Context ctx) {
        WebSession s = required(ctx);
        Catalog.Entry e = entry(ctx, s.account);
        Evaluation ev = ledger.evaluation(e);
        List<Pages.Table> tables = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        BigDecimal score = null;
        String grade = null;
        if (ev != null && ev.score() != null) {
            try (var w = ledger.whatIf(e)) {
                Result r = w.evaluate();
                score = r.rounded();
                grade = r.grade();
                for (TableResult t : r.tables()) {
                    tables.add(new Pages.Table(t.name(), t.rounded(), t.grade(), t.indicators().stream()
                            .map(i -> new Pages.Line(i.key(), i.name(), i.level1(), i.level2(), i.target(),
                                    i.actual(), i.points().setScale(2, RoundingMode.HALF_UP),
                                    i.score().setScale(2, RoundingMode.HALF_UP), i.status(), i.explanation()))
                            .toList()));
                }
                r.findings().forEach(f -> findings.add(f.render()));
            }
        }
        List<Integer> years = ledger.list(null).stream().filter(x -> x.department().equals(e.department()))
                .map(Catalog.Entry::year).toList();
        List<Pages.Point> history = ledger.list(null).stream().filter(x -> x.department().equals(e.department())
                && x.score() != null).map(x -> new Pages.Point(x.year(), x.score().setScale(2, RoundingMode.HALF_UP)))
                .toList();
        ctx.html(render("department.jte", Map.of("page", new Pages.Department(s.account, s.csrf,
                id(e.department()), e.department(), e.year(), e.revision(), score, grade, tables, findings, years,
                history, s.account.maySubmit(e.department()), notes(e, s.account, tables, "", false)))));
    }

    // ------------------------------------------------------------------------------------------------ accounts

    /** The admin's session: 403 for any other role (as {@code GET /api/users}). */
    private WebSession admin(Context ctx) {
        WebSession s = required(ctx);
        if (s.account.role() != Users.Role.ADMIN) {
            throw new Refusal(403, WebLabels.t("users.forbidden"));
        }
        return s;
    }

    private Pages.Accounts accounts(String message, boolean error) {
        return new Pages.Accounts(users.list(), message, error);
    }

    private void pageUsers(Context ctx) {
        WebSession s = admin(ctx);
        ctx.html(render("users.jte", Map.of("page", new Pages.UsersPage(s.account, s.csrf, accounts("", false)))));
    }

    /** Runs an account change and answers the accounts fragment with what it said. */
    private void accountChange(Context ctx, java.util.function.Supplier<String> change) {
        String message;
        boolean error = false;
        try {
            message = change.get();
        } catch (KpiException k) {
            message = k.findings().stream().map(Finding::render).reduce((x, y) -> x + "\n" + y).orElse("");
            error = true;
        } catch (Refusal r) {
            if (r.status != 422) {
                throw r;
            }
            message = r.getMessage();
            error = true;
        }
        ctx.html(render("accounts.jte", Map.of("page", accounts(message, error))));
    }

    /** The same rules as {@code jixiao users add}: a role, a department for a department user, 8 characters. */
    private void pageAddUser(Context ctx) {
        WebSession s = admin(ctx);
        accountChange(ctx, () -> {
            String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
            Users.Role role = Users.Role.of(ctx.formParam("role")).orElseThrow(() -> new Refusal(422,
                    WebLabels.t("users.badRole", "role", String.valueOf(ctx.formParam("role")))));
            if (name.isEmpty()) {
                throw new Refusal(422, WebLabels.t("users.nameMissing"));
            }
            String password = password(ctx);
            users.add(name, role, ctx.formParam("department"), Passwords.hash(password), s.account.name());
            return WebLabels.t("users.added", "name", name);
        });
    }

    private void pageUserState(Context ctx) {
        WebSession s = admin(ctx);
        accountChange(ctx, () -> {
            String name = ctx.formParam("name");
            boolean disabled = "true".equals(ctx.formParam("disabled"));
            if (disabled && s.account.name().equals(name)) {
                throw new Refusal(422, WebLabels.t("users.self"));
            }
            users.setDisabled(name, disabled, s.account.name());
            if (disabled) {
                endSessions(name);
            }
            return WebLabels.t("users.changed", "name", name);
        });
    }

    private void pageUserPassword(Context ctx) {
        WebSession s = admin(ctx);
        accountChange(ctx, () -> {
            String name = ctx.formParam("name");
            users.setPassword(name, Passwords.hash(password(ctx)), s.account.name());
            if (!s.account.name().equals(name)) {
                endSessions(name);
            }
            return WebLabels.t("users.changed", "name", name);
        });
    }

    private static String password(Context ctx) {
        String password = ctx.formParam("password");
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            throw new Refusal(422, WebLabels.t("users.passwordTooShort", "min", Passwords.MIN_LENGTH));
        }
        return password;
    }

    /** Ends every session of an account (disabled, or its password reset): it must log in again. */
    private void endSessions(String name) {
        for (WebSession w : List.copyOf(sessions.values())) {
            if (w.account.name().equals(name)) {
                sessions.remove(w.id);
                whatIfs.drop(w);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ 复核 notes

    /** The notes fragment of a department-year; {@code tables} name the indicators (empty: read from the store). */
    private Pages.Notes notes(Catalog.Entry e, Account a, List<Pages.Table> tables, String message, boolean error) {
        List<Pages.Table> named = tables.isEmpty() ? tables(e) : tables;
        Map<String, String> names = new LinkedHashMap<>();
        for (Pages.Table t : named) {
            for (Pages.Line l : t.lines()) {
                names.put(t.name() + "/" + l.key(), t.name() + "/" + (l.name() == null ? l.key() : l.name()));
            }
        }
        List<Pages.Note> shown = new ArrayList<>();
        for (Notes.Note n : new Notes(ledger.store()).of(e.department(), e.year())) {
            String on = n.onIndicator() ? names.getOrDefault(n.table() + "/" + n.indicator(),
                    n.table() + "/" + n.indicator()) : null;
            shown.add(new Pages.Note(n.author(), NOTE_TIME.format(n.at()), n.revision(), on, n.text()));
        }
        return new Pages.Notes("/departments/" + id(e.department()) + "/years/" + e.year(), shown, a.mayNote(),
                List.copyOf(new java.util.LinkedHashSet<>(names.values())), message, error);
    }

    private static final java.time.format.DateTimeFormatter NOTE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** The tables of a scored department-year as the page lists them (none when it is not scored). */
    private List<Pages.Table> tables(Catalog.Entry e) {
        Evaluation ev = ledger.evaluation(e);
        if (ev == null || ev.score() == null) {
            return List.of();
        }
        return ev.score().tables().stream().map(t -> new Pages.Table(t.name(), null, null, t.indicators().stream()
                .map(i -> new Pages.Line(i.key(), i.name(), null, null, null, null, null, null, null, null))
                .toList())).toList();
    }

    /**
     * Adds a note by the account (a bureau reviewer), written to the store and to the audit log.
     *
     * @param indicator {@code 表/指标} or empty for the whole year
     */
    private Notes.Note addNote(Account a, Catalog.Entry e, String indicator, String text) {
        if (!a.mayNote()) {
            throw new Refusal(403, WebLabels.t("notes.forbidden"));
        }
        String table = null;
        String key = null;
        if (indicator != null && !indicator.isBlank()) {
            int slash = indicator.indexOf('/');
            table = slash < 0 ? "" : indicator.substring(0, slash);
            key = slash < 0 ? indicator : indicator.substring(slash + 1);
        }
        Notes.Note n = new Notes(ledger.store()).add(e.department(), e.year(), table, key, a.name(), text);
        users.audit(a.name(), "note", e.department(), e.year(), (n.onIndicator() ? n.table() + "/" + n.indicator()
                + ": " : "") + n.text());
        return n;
    }

    private void pageNote(Context ctx) {
        WebSession s = required(ctx);
        Catalog.Entry e = entry(ctx, s.account);
        String message;
        boolean error = false;
        try {
            addNote(s.account, e, ctx.formParam("indicator"), ctx.formParam("text"));
            message = WebLabels.t("notes.added");
        } catch (KpiException k) {
            message = k.findings().stream().map(Finding::render).reduce((x, y) -> x + "\n" + y).orElse("");
            error = true;
        }
        ctx.html(render("notes.jte", Map.of("page", notes(e, s.account, List.of(), message, error))));
    }

    private void apiNotes(Context ctx) {
        Catalog.Entry e = entry(ctx, required(ctx).account);
        ArrayNode out = JSON.createArrayNode();
        new Notes(ledger.store()).of(e.department(), e.year()).forEach(n -> note(out.addObject(), n));
        json(ctx, out);
    }

    private void apiAddNote(Context ctx) {
        WebSession s = required(ctx);
        Catalog.Entry e = entry(ctx, s.account);
        JsonNode body = readJson(ctx);
        try {
            Notes.Note n = addNote(s.account, e, text(body, "indicator"), text(body, "text"));
            ctx.status(201);
            json(ctx, note(JSON.createObjectNode(), n));
        } catch (KpiException k) {
            ctx.status(422);
            json(ctx, JSON.createObjectNode().put("stored", false).set("findings", JsonReport.findings(k.findings())));
        }
    }

    private static ObjectNode note(ObjectNode n, Notes.Note note) {
        return n.put("id", note.id()).put("author", note.author()).put("at", note.at().toString())
                .put("revision", note.revision()).put("table", note.table()).put("indicator", note.indicator())
                .put("text", note.text());
    }

    /**
     * The page's what-if: htmx posts the whole form (every 假设值 input, {@code v:表/指标}) 250 ms after the user stops
     * typing; unchanged values cost nothing (the session keeps an actual that did not change). Answers the fragment,
     * with the same Server-Timing as the API.
     */
    private void pageWhatIf(Context ctx) {
        Timing timing = Timing.start();
        WebSession s = required(ctx);
        Catalog.Entry e = entry(ctx, s.account, true);
        Map<String, String> set = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : ctx.formParamMap().entrySet()) {
            if (p.getKey().startsWith("v:") && !p.getValue().isEmpty()) {
                set.put(p.getKey().substring(2), p.getValue().get(0));
            }
        }
        Pages.WhatIf page = whatIf(s, e, o -> {
            try {
                apply(o, set, Map.of());
            } catch (Refusal r) {
                return new Pages.WhatIf(null, null, List.of(), r.getMessage());
            }
            Result after = o.session.score();
            List<Pages.Delta> rows = new ArrayList<>();
            for (TableResult t : after.tables()) {
                BigDecimal before = o.before.table(t.name()).rounded();
                rows.add(new Pages.Delta(t.name(), before, t.rounded(), t.rounded().subtract(before), t.grade()));
            }
            return new Pages.WhatIf(new Pages.Delta(WebLabels.t("whatif.department"), o.before.rounded(),
                    after.rounded(), after.rounded().subtract(o.before.rounded()), after.grade()),
                    o.before.grade(), rows, "");
        });
        String html = render("whatif.jte", Map.of("page", page));
        timing.header(ctx, "whatif");
        ctx.html(html);
    }

    private void pageGoal(Context ctx) {
        WebSession s = required(ctx);
        Catalog.Entry e = entry(ctx, s.account, true);
        String goal = ctx.formParam("goal") == null || ctx.formParam("goal").isBlank() ? "优" : ctx.formParam("goal");
        String text = whatIf(s, e, o -> {
            try {
                GoalPlan plan = o.session.seek(goal.strip());
                return WhatIfReport.goal(plan, o.session.score().grade()).strip();
            } catch (KpiException k) {
                return k.findings().stream().map(Finding::render).reduce((x, y) -> x + "\n" + y).orElse("");
            }
        });
        ctx.html("<pre class=\"goal\">" + io.jixiao.report.HtmlText.esc(text) + "</pre>");
    }

    private void pageUpload(Context ctx) {
        WebSession s = required(ctx);
        Catalog.Entry e = entry(ctx, s.account);
        Ledger.Submitted r;
        try {
            r = submit(ctx, s.account, e);
        } catch (Refusal refusal) {
            // htmx swaps 2xx answers only: the fragment says what is wrong (the API answers 4xx)
            ctx.html(render("upload.jte", Map.of("page", new Pages.Upload(false, null, null,
                    0, List.of(refusal.getMessage())))));
            return;
        }
        if (r.stored()) {
            Catalog.Entry now = ledger.entry(e.department(), e.year()).orElseThrow();
            ctx.html(render("upload.jte", Map.of("page", new Pages.Upload(true,
                    now.score() == null ? null : now.score().setScale(2, RoundingMode.HALF_UP), now.grade(),
                    now.revision(), List.of()))));
        } else {
            ctx.html(render("upload.jte", Map.of("page", new Pages.Upload(false, null, null, 0,
                    r.errors().stream().map(Workbench::shown).toList()))));
        }
    }

    /** A finding as the page shows it: the upload's own name for the file (not our private folder). */
    static String shown(Finding f) {
        return f.render().replaceAll("\\S*jixiao-upload-[^/\\\\]*[/\\\\]upload[/\\\\]", "");
    }

    private void downloadHtml(Context ctx) {
        Catalog.Entry e = entry(ctx, required(ctx).account);
        String html = HtmlReport.render(ScoredDepartment.of(scored(e)));
        attachment(ctx, "report-" + e.year() + ".html", "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8));
    }

    private void downloadCsv(Context ctx) {
        Catalog.Entry e = entry(ctx, required(ctx).account);
        attachment(ctx, "score-" + e.year() + ".csv", "text/csv; charset=utf-8",
                io.jixiao.report.Csv.fileBytes(CsvReport.render(scored(e).score())));
    }

    private void downloadWorkbook(Context ctx) {
        Catalog.Entry e = entry(ctx, required(ctx).account);
        attachment(ctx, "ziping-" + e.year() + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                SelfEvaluationWorkbook.write(ScoredDepartment.of(scored(e))));
    }

    private static void attachment(Context ctx, String name, String type, byte[] bytes) {
        ctx.header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(type).result(bytes);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        return out.toString();
    }

    private static void json(Context ctx, JsonNode n) {
        ctx.contentType("application/json; charset=utf-8").result(n.toString());
    }

    private static JsonNode readJson(Context ctx) {
        try {
            JsonNode n = JSON.readTree(ctx.bodyAsBytes());
            if (n == null || !n.isObject()) {
                throw new Refusal(400, WebLabels.t("error.jsonObject"));
            }
            return n;
        } catch (IOException e) {
            throw new Refusal(400, WebLabels.t("error.json", "reason", String.valueOf(e.getMessage())));
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static int parseYear(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(400, WebLabels.t("error.yearNumber", "year", s));
        }
    }

    /** The answer to a request over {@link #MAX_REQUEST_BYTES}: the loaders' limits, in MB. */
    private static String tooLarge() {
        return WebLabels.t("error.tooLarge", "workbook", ActualsFiles.WORKBOOK_MAX_BYTES / (1024 * 1024), "yaml",
                YamlReader.MAX_BYTES / (1024 * 1024));
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = Workbench.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new Refusal(404, WebLabels.t("error.notFound", "path", path));
            }
            return in.readAllBytes();
        }
    }
}
