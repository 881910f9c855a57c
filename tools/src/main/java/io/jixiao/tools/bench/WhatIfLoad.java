package io.jixiao.tools.bench;

import io.jixiao.store.Users;
import io.jixiao.web.Demo;
import io.jixiao.web.Workbench;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbench's load benchmark, {@code jixiao bench --parts web} (docs/web.md#load): a demo store served on
 * localhost, N sessions (50) on the bureau's account, each changing a what-if value of 广阳 2023, every request
 * through HTTP with its cookie and CSRF token. First every session logs in and warms up for W seconds (its first
 * what-if opens its rule session; the JIT warms) — reported apart — then two loads are measured, S seconds (30) each:
 * <ul>
 *   <li><b>saturating</b>: each session posts its next change to the JSON API as soon as the last is answered — the
 *       most the server can take, not how people use it;</li>
 *   <li><b>paced</b>, as the page is used: each session posts the department page's what-if form (every 假设值
 *       input, one of them changed — what htmx sends) and sends its next change {@link #PAGE_DEBOUNCE_MS} after the
 *       answer: the page's htmx debounce, the fastest a typing user makes the page send. The target (p99 ≤ 20 ms)
 *       is this load's.</li>
 * </ul>
 * Each reports the requests, the errors, p50/p99/max of the server's time per what-if (the Server-Timing header:
 * from the request's handler to the answer), of the CPU the request's thread spent (its {@code cpu} entry: the wall
 * time minus it is waiting, for a core, a lock or a collection), and of the time the client saw, with the garbage
 * collections the JVM reported in the phase and the machine's load average. The collections before a measured phase
 * (a full one, as JMH does between iterations) are not in it: the 50 rule sessions opened in the warm-up are old by
 * then, as on a server that has run a while.
 *
 * <p>Also {@code java -cp tools/target/jixiao-tools.jar io.jixiao.tools.bench.WhatIfLoad [SESSIONS] [SECONDS]
 * [INDICATORS] [WARMUP]}.
 */
public final class WhatIfLoad {

    /** The values the sessions take turns with: below, at and above the target ≥2万条. */
    static final String[] VALUES = {"19950条", "20000条", "18000条", "2.1万条", "15000条"};
    /** The indicator the sessions change (its table/key, as the API and the page's form name it). */
    static final String CHANGED = "部门整体/全年监测舆情信息数量";
    /**
     * The department page's what-if debounce: htmx posts the form this long after the last keystroke
     * ({@code hx-trigger="input changed delay:250ms"} in department.jte; WhatIfLoadTest holds the two equal).
     */
    public static final long PAGE_DEBOUNCE_MS = 250;

    private static final Pattern INPUT = Pattern.compile(
            "<input class=\"whatif-value\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    /**
     * What one phase measured.
     *
     * @param cpu the server thread's CPU per request (empty when the JVM does not measure it)
     * @param gc  the collections the JVM reported during the phase, each its pause (or cycle) in milliseconds
     */
    public record Phase(List<Double> server, List<Double> cpu, List<Double> client, long errors, double seconds,
                        List<Long> gc) {

        public int requests() {
            return client.size();
        }
    }

    /** What a run measured: the warm-up (with each session's first what-if), the saturating and the paced load. */
    public record Result(int sessions, Phase firstRequests, Phase warmup, Phase saturating, Phase paced,
                         double loadBefore, double loadAfter) {
    }

    private WhatIfLoad() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path indicators = Path.of(args.length > 2 ? args[2] : "indicators");
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        report(run(sessions, seconds, warmup, indicators), seconds, out);
    }

    /** One logged-in session: its cookie, its CSRF token and the page's what-if form as the page holds it. */
    private record Login(String cookie, String csrf, Map<String, String> form) {
    }

    /**
     * Serves the departments of {@code indicators} and runs the load.
     *
     * @param warmup seconds every session what-ifs before the measured phases ({@code seconds} each)
     */
    public static Result run(int sessions, int seconds, int warmup, Path indicators) throws Exception {
        double loadBefore = load();
        GcPauses gc = new GcPauses();
        try (Demo demo = Demo.of(indicators);
             Workbench w = Workbench.start(demo.store(), Workbench.Settings.of("127.0.0.1", 0));
             gc) {
            String base = "http://127.0.0.1:" + w.port();
            String dept = demo.logins().stream().filter(l -> l.department() != null
                    && l.department().contains("广阳")).findFirst().orElseThrow().department();
            long id = new Users(demo.store()).departmentId(dept).orElseThrow();
            Demo.Login bureau = demo.login(Users.Role.BUREAU, null);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String page = "/departments/" + id + "/years/2023";
            List<Login> logins = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                logins.add(login(http, base, bureau, page));
            }
            String api = base + "/api" + page + "/whatif";
            String form = base + page + "/whatif";
            Recorder first = new Recorder();
            Recorder warm = new Recorder();
            Recorder saturating = new Recorder();
            Recorder paced = new Recorder();
            long[] marks = new long[4];
            marks[0] = System.nanoTime();
            long warmEnd = marks[0] + TimeUnit.SECONDS.toNanos(warmup);
            // everyone waits for the last of the phase to end; then, after a full collection, the next phase starts
            // for all at once
            CyclicBarrier startSaturating = new CyclicBarrier(sessions, () -> {
                collect(gc);
                marks[1] = System.nanoTime();
            });
            CyclicBarrier startPaced = new CyclicBarrier(sessions, () -> {
                saturating.gc = gc.since();
                collect(gc);
                marks[2] = System.nanoTime();
            });
            CountDownLatch done = new CountDownLatch(sessions);
            for (int i = 0; i < sessions; i++) {
                Login l = logins.get(i);
                int offset = i;
                Thread t = new Thread(() -> {
                    int n = offset;
                    Random jitter = new Random(offset);
                    try {
                        n = send(http, api, l, n, first);
                        // the warm-up takes turns between the API and the page's form: both paths warm
                        while (System.nanoTime() < warmEnd) {
                            n = n % 2 == 0 ? send(http, api, l, n, warm) : post(http, form, l, n, warm);
                        }
                        startSaturating.await();
                        long end = marks[1] + TimeUnit.SECONDS.toNanos(seconds);
                        while (System.nanoTime() < end) {
                            n = send(http, api, l, n, saturating);
                        }
                        startPaced.await();
                        end = marks[2] + TimeUnit.SECONDS.toNanos(seconds);
                        // the users do not type in step: each starts somewhere in the first debounce
                        Thread.sleep(jitter.nextInt((int) PAGE_DEBOUNCE_MS));
                        while (System.nanoTime() < end) {
                            n = post(http, form, l, n, paced);
                            Thread.sleep(PAGE_DEBOUNCE_MS);
                        }
                    } catch (Exception e) {
                        // interrupted, or a phase's barrier broken: counted, never silent
                        paced.errors.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                }, "whatif-load-" + i);
                t.start();
            }
            done.await();
            marks[3] = System.nanoTime();
            paced.gc = gc.since();
            return new Result(sessions, first.phase(0), warm.phase((marks[1] - marks[0]) / 1e9),
                    saturating.phase((marks[2] - marks[1]) / 1e9), paced.phase((marks[3] - marks[2]) / 1e9),
                    loadBefore, load());
        }
    }

    private static void collect(GcPauses gc) {
        try {
            gc.collectAndMark();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Logs in (JSON API) and reads the department page's what-if form, as the browser has it. */
    private static Login login(HttpClient http, String base, Demo.Login who, String page) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + who.name() + "\",\"password\":\""
                        + who.password() + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        cookie = cookie.substring(0, cookie.indexOf(';'));
        String csrf = r.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        String html = http.send(HttpRequest.newBuilder(URI.create(base + page)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        return new Login(cookie, csrf, form(html));
    }

    /** The page's what-if inputs, name → value, in page order (the values HTML-unescaped). */
    static Map<String, String> form(String html) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            form.put(m.group(1), unescape(m.group(2)));
        }
        if (!form.containsKey("v:" + CHANGED)) {
            throw new IllegalStateException("the department page has no what-if input v:" + CHANGED);
        }
        return form;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** One what-if through the JSON API: its times (server and client) or an error into {@code into}. */
    private static int send(HttpClient http, String url, Login login, int n, Recorder into) throws Exception {
        String body = "{\"set\": {\"" + CHANGED + "\": \"" + VALUES[n % VALUES.length] + "\"}}";
        return time(http, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Cookie", login.cookie()).header(Workbench.CSRF_HEADER, login.csrf())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), n, into);
    }

    /** One what-if as the page sends it: the whole form, the changed input with its next value. */
    private static int post(HttpClient http, String url, Login login, int n, Recorder into) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> f : login.form().entrySet()) {
            String value = f.getKey().equals("v:" + CHANGED) ? VALUES[n % VALUES.length] : f.getValue();
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return time(http, HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                .header("Cookie", login.cookie()).header(Workbench.CSRF_HEADER, login.csrf())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(), n, into);
    }

    private static int time(HttpClient http, HttpRequest request, int n, Recorder into) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            // no answer (refused, reset): an error of the phase; the session goes on
            into.errors.incrementAndGet();
            return n + 1;
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200 || r.body().contains("whatif-error")) {
            into.errors.incrementAndGet();
        } else {
            into.client.add(ms);
            r.headers().firstValue("Server-Timing").ifPresent(h -> {
                into.server.add(timing(h, "whatif"));
                double cpu = timing(h, "cpu");
                if (cpu >= 0) {
                    into.cpu.add(cpu);
                }
            });
        }
        return n + 1;
    }

    /** The duration of the entry {@code name} of a Server-Timing header, in ms; -1 without it. */
    static double timing(String header, String name) {
        for (String entry : header.split(",")) {
            String[] parts = entry.strip().split(";");
            if (parts[0].equals(name)) {
                for (String p : parts) {
                    if (p.startsWith("dur=")) {
                        return Double.parseDouble(p.substring(4));
                    }
                }
            }
        }
        return -1;
    }

    /** The times and errors of one phase, from many threads. */
    private static final class Recorder {
        final List<Double> server = Collections.synchronizedList(new ArrayList<>());
        final List<Double> cpu = Collections.synchronizedList(new ArrayList<>());
        final List<Double> client = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong errors = new AtomicLong();
        volatile List<Long> gc = List.of();

        Phase phase(double seconds) {
            return new Phase(List.copyOf(server), List.copyOf(cpu), List.copyOf(client), errors.get(), seconds,
                    gc);
        }
    }

    /** The report: the warm-up apart, then each measured load's percentiles, errors and collections. */
    public static void report(Result r, int seconds, PrintWriter out) {
        out.printf(Locale.ROOT, "what-if load: %d sessions, %d cores, load average %.1f → %.1f%n", r.sessions(),
                Runtime.getRuntime().availableProcessors(), r.loadBefore(), r.loadAfter());
        out.println("  the server runs in this JVM: " + jvm());
        out.printf(Locale.ROOT, "  warm-up (not measured): each session's first what-if (opens its rule session): "
                + "server %s; then %d requests in %.1f s, errors %d%n", percentiles(r.firstRequests().server()),
                r.warmup().requests(), r.warmup().seconds(), r.firstRequests().errors() + r.warmup().errors());
        phase("saturating (each session posts its next what-if to the JSON API as soon as the last is answered)",
                r.saturating(), seconds, out);
        phase("paced (each session posts the page's what-if form " + PAGE_DEBOUNCE_MS
                + " ms after the last answer: the page's debounce)", r.paced(), seconds, out);
        double p99 = r.paced().server().isEmpty() ? Double.NaN : at(sorted(r.paced().server()), 0.99);
        out.printf(Locale.ROOT, "  target server p99 ≤ 20 ms under the paced load: %s (%.2f ms, %d errors)%n",
                p99 <= 20 && r.paced().errors() == 0 ? "met" : "NOT met", p99, r.paced().errors());
        out.flush();
    }

    private static void phase(String name, Phase m, int seconds, PrintWriter out) {
        out.printf(Locale.ROOT, "  %s: %d s, requests %d (%.0f/s), errors %d%n", name, seconds, m.requests(),
                m.requests() / Math.max(m.seconds(), 1e-9), m.errors());
        out.println("    server time per what-if (Server-Timing): " + percentiles(m.server()));
        out.println("    server CPU per what-if (its thread):     " + percentiles(m.cpu()));
        out.println("    time the client saw:                     " + percentiles(m.client()));
        long total = m.gc().stream().mapToLong(Long::longValue).sum();
        long longest = m.gc().stream().mapToLong(Long::longValue).max().orElse(0);
        out.printf(Locale.ROOT, "    garbage collections in the phase: %d, %d ms in all, the longest %d ms%n",
                m.gc().size(), total, longest);
    }

    static String percentiles(List<Double> ms) {
        if (ms.isEmpty()) {
            return "none";
        }
        List<Double> s = sorted(ms);
        return String.format(Locale.ROOT, "p50 %.2f ms · p99 %.2f ms · max %.2f ms", at(s, 0.50), at(s, 0.99),
                s.get(s.size() - 1));
    }

    private static List<Double> sorted(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        return s;
    }

    static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    /** The JVM's collectors, largest heap and JIT options, as the figures depend on them. */
    static String jvm() {
        String collectors = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName)
                .collect(java.util.stream.Collectors.joining(" + "));
        String options = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-Xm") || o.startsWith("-XX:+Use"))
                .collect(java.util.stream.Collectors.joining(" "));
        return String.format(Locale.ROOT, "%s, heap at most %d MiB%s", collectors,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), options.isEmpty() ? "" : " (" + options + ")");
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
