package io.jixiao.tools.bench;

import io.jixiao.store.Users;
import io.jixiao.web.Demo;
import io.jixiao.web.Workbench;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workbench's load benchmark (docs/web.md#load): a demo store served on localhost, N sessions (50) each
 * changing a what-if value of 广阳 2023 in a loop for S seconds (30), every request through HTTP with its CSRF
 * token. Reports the requests, errors, and p50/p99/max of the server's time per what-if (its Server-Timing
 * header) and of the time the client saw, with the machine's load average.
 *
 * <p>{@code java -cp tools/target/jixiao-tools.jar io.jixiao.tools.bench.WhatIfLoad [SESSIONS] [SECONDS] [INDICATORS]}
 */
public final class WhatIfLoad {

    private WhatIfLoad() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path indicators = Path.of(args.length > 2 ? args[2] : "indicators");
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
            String[] values = {"19950条", "20000条", "18000条", "2.1万条", "15000条"};
            List<Double> server = Collections.synchronizedList(new ArrayList<>());
            List<Double> client = Collections.synchronizedList(new ArrayList<>());
            AtomicLong errors = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            CountDownLatch done = new CountDownLatch(sessions);
            for (int i = 0; i < sessions; i++) {
                String[] l = logins.get(i);
                int offset = i;
                Thread t = new Thread(() -> {
                    int n = offset;
                    try {
                        while (System.nanoTime() < end) {
                            String body = "{\"set\": {\"部门整体/全年监测舆情信息数量\": \"" + values[n++ % values.length]
                                    + "\"}}";
                            long t0 = System.nanoTime();
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                    .header("Content-Type", "application/json").header("Cookie", l[0])
                                    .header(Workbench.CSRF_HEADER, l[1])
                                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            double ms = (System.nanoTime() - t0) / 1e6;
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                                continue;
                            }
                            client.add(ms);
                            r.headers().firstValue("Server-Timing").ifPresent(h ->
                                    server.add(Double.parseDouble(h.substring(h.indexOf("dur=") + 4))));
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                }, "whatif-load-" + i);
                t.start();
            }
            done.await();
            System.out.printf(Locale.ROOT, "what-if load: %d sessions × %d s on %s, %d cores, load average %.1f → %.1f%n",
                    sessions, seconds, base, Runtime.getRuntime().availableProcessors(), loadBefore, load());
            System.out.printf(Locale.ROOT, "requests %d (%.0f/s), errors %d%n", client.size(),
                    client.size() / (double) seconds, errors.get());
            System.out.println("server time per what-if (Server-Timing): " + percentiles(server));
            System.out.println("time the client saw:                     " + percentiles(client));
        }
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

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
