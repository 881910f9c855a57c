package io.jixiao.tools.bench;

import io.jixiao.store.Users;
import io.jixiao.web.Demo;
import io.jixiao.web.Workbench;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workbench's load benchmark, {@code jixiao bench --parts web} (docs/web.md#load): a demo store served on
 * localhost, N sessions (50) each changing a what-if value of 广阳 2023 in a loop, every request through HTTP with its
 * cookie and CSRF token. First every session logs in and warms up for W seconds (its first what-if opens its rule
 * session; the JIT warms) — reported apart — then all measure together for S seconds (30): the requests, the errors,
 * and p50/p99/max of the server's time per what-if (its Server-Timing header: from the request's handler to the
 * answer) and of the time the client saw, with the machine's load average.
 *
 * <p>Also {@code java -cp tools/target/jixiao-tools.jar io.jixiao.tools.bench.WhatIfLoad [SESSIONS] [SECONDS]
 * [INDICATORS] [WARMUP]}.
 */
public final class WhatIfLoad {

    /** The values the sessions take turns with: below, at and above the target ≥2万条. */
    static final String[] VALUES = {"19950条", "20000条", "18000条", "2.1万条", "15000条"};

    /** What one phase measured. */
    public record Phase(List<Double> server, List<Double> client, long errors, double seconds) {

        public int requests() {
            return client.size();
        }
    }

    /** What a run measured: the warm-up (with each session's first what-if) and the measured phase. */
    public record Result(int sessions, Phase firstRequests, Phase warmup, Phase measured, double loadBefore,
                         double loadAfter) {
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

    /**
     * Serves the departments of {@code indicators} and runs the load.
     *
     * @param warmup seconds every session what-ifs before the measured {@code seconds}
     */
    public static Result run(int sessions, int seconds, int warmup, Path indicators) throws Exception {
        double loadBefore = load();
        try (Demo demo = Demo.of(indicators);
             Workbench w = Workbench.start(demo.store(), Workbench.Settings.of("127.0.0.1", 0))) {
            String base = "http://127.0.0.1:" + w.port();
            String dept = demo.logins().stream().filter(l -> l.department() != null
                    && l.department().contains("广阳")).findFirst().orElseThrow().department();
            long id = new Users(demo.store()).departmentId(dept).orElseThrow();
            Demo.Login bureau = demo.login(Users.Role.BUREAU, null);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String[]> logins = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + bureau.name() + "\",\"password\":\""
                                + bureau.password() + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
                logins.add(new String[] {cookie.substring(0, cookie.indexOf(';')),
                        r.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1")});
            }
            String url = base + "/api/departments/" + id + "/years/2023/whatif";
            Recorder first = new Recorder();
            Recorder warm = new Recorder();
            Recorder measured = new Recorder();
            long[] marks = new long[3];
            marks[0] = System.nanoTime();
            long warmEnd = marks[0] + TimeUnit.SECONDS.toNanos(warmup);
            // everyone waits for the last warm-up to end; then the measured phase starts for all at once
            CyclicBarrier start = new CyclicBarrier(sessions, () -> marks[1] = System.nanoTime());
            CountDownLatch done = new CountDownLatch(sessions);
            for (int i = 0; i < sessions; i++) {
                String[] l = logins.get(i);
                int offset = i;
                Thread t = new Thread(() -> {
                    int n = offset;
                    try {
                        n = send(http, url, l, n, first);
                        while (System.nanoTime() < warmEnd) {
                            n = send(http, url, l, n, warm);
                        }
                        start.await();
                        long end = marks[1] + TimeUnit.SECONDS.toNanos(seconds);
                        while (System.nanoTime() < end) {
                            n = send(http, url, l, n, measured);
                        }
                    } catch (Exception e) {
                        measured.errors.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                }, "whatif-load-" + i);
                t.start();
            }
            done.await();
            marks[2] = System.nanoTime();
            return new Result(sessions, first.phase(0), warm.phase((marks[1] - marks[0]) / 1e9),
                    measured.phase((marks[2] - marks[1]) / 1e9), loadBefore, load());
        }
    }

    /** One what-if request: its times (server and client) or an error into {@code into}; the next value's index. */
    private static int send(HttpClient http, String url, String[] login, int n, Recorder into) throws Exception {
        String body = "{\"set\": {\"部门整体/全年监测舆情信息数量\": \"" + VALUES[n % VALUES.length] + "\"}}";
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Cookie", login[0])
                .header(Workbench.CSRF_HEADER, login[1])
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            into.errors.incrementAndGet();
        } else {
            into.client.add(ms);
            r.headers().firstValue("Server-Timing").ifPresent(h ->
                    into.server.add(Double.parseDouble(h.substring(h.indexOf("dur=") + 4))));
        }
        return n + 1;
    }

    /** The times and errors of one phase, from many threads. */
    private static final class Recorder {
        final List<Double> server = Collections.synchronizedList(new ArrayList<>());
        final List<Double> client = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong errors = new AtomicLong();

        Phase phase(double seconds) {
            return new Phase(List.copyOf(server), List.copyOf(client), errors.get(), seconds);
        }
    }

    /** The report: the warm-up apart, then the measured phase's percentiles and errors. */
    public static void report(Result r, int seconds, PrintWriter out) {
        out.printf(Locale.ROOT, "what-if load: %d sessions, %d cores, load average %.1f → %.1f%n", r.sessions(),
                Runtime.getRuntime().availableProcessors(), r.loadBefore(), r.loadAfter());
        out.printf(Locale.ROOT, "  warm-up (not measured): each session's first what-if (opens its rule session): "
                + "server %s; then %d requests in %.1f s, errors %d%n", percentiles(r.firstRequests().server()),
                r.warmup().requests(), r.warmup().seconds(), r.firstRequests().errors() + r.warmup().errors());
        Phase m = r.measured();
        out.printf(Locale.ROOT, "  measured: %d s, requests %d (%.0f/s), errors %d%n", seconds, m.requests(),
                m.requests() / Math.max(m.seconds(), 1e-9), m.errors());
        out.println("  server time per what-if (Server-Timing): " + percentiles(m.server()));
        out.println("  time the client saw:                     " + percentiles(m.client()));
        out.flush();
    }

    static String percentiles(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        if (s.isEmpty()) {
            return "none";
        }
        return String.format(Locale.ROOT, "p50 %.2f ms · p99 %.2f ms · max %.2f ms", at(s, 0.50), at(s, 0.99),
                s.get(s.size() - 1));
    }

    static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
