package io.jixiao.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/** The test's workbench: the demo store of the bundled departments, served on a free port; an HTTP client per login. */
final class Served implements AutoCloseable {

    /** The bundled departments, from the web module's folder. */
    static final Path INDICATORS = Path.of("..", "indicators");

    final Demo demo;
    final Workbench workbench;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Served() {
        this(Workbench.Settings.of("127.0.0.1", 0));
    }

    Served(Workbench.Settings settings) {
        this(INDICATORS, settings);
    }

    /** The demo store of the department folders under {@code departments}. */
    Served(Path departments, Workbench.Settings settings) {
        demo = Demo.of(departments);
        workbench = Workbench.start(demo.store(), settings);
    }

    String base() {
        return "http://127.0.0.1:" + workbench.port();
    }

    /** A client: logged in (cookie and CSRF token) or not (both null). */
    final class Client {
        String cookie;
        String csrf;

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> postJson(String path, String json, String token) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            if (token != null) {
                b.header(Workbench.CSRF_HEADER, token);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** A form post as a page sends it (with the session's token). */
        HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form), StandardCharsets.UTF_8));
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            if (csrf != null) {
                b.header(Workbench.CSRF_HEADER, csrf);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** name=value&… with each value URL-encoded. */
        private static String encode(String form) {
            StringBuilder out = new StringBuilder();
            for (String pair : form.split("&")) {
                int eq = pair.indexOf('=');
                if (out.length() > 0) {
                    out.append('&');
                }
                out.append(pair, 0, eq + 1).append(java.net.URLEncoder.encode(pair.substring(eq + 1),
                        StandardCharsets.UTF_8));
            }
            return out.toString();
        }

        HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
            return postJson(path, json, csrf);
        }

        HttpResponse<String> upload(String path, String fileName, byte[] content, String token)
                throws IOException, InterruptedException {
            String boundary = "----jixiao" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + content.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(content, 0, body, head.length, content.length);
            System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            if (token != null) {
                b.header(Workbench.CSRF_HEADER, token);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> upload(String path, String fileName, byte[] content) throws IOException,
                InterruptedException {
            return upload(path, fileName, content, csrf);
        }
    }

    Client anonymous() {
        return new Client();
    }

    /** Logs in through the API; the cookie and token are kept. */
    Client login(String user, String password) throws IOException, InterruptedException {
        Client c = new Client();
        HttpResponse<String> r = c.postJson("/api/login", "{\"user\":\"" + user + "\",\"password\":\"" + password
                + "\"}", null);
        if (r.statusCode() != 200) {
            throw new AssertionError("login " + user + ": " + r.statusCode() + " " + r.body());
        }
        String set = r.headers().firstValue("Set-Cookie").orElseThrow();
        c.cookie = set.substring(0, set.indexOf(';'));
        c.csrf = r.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        return c;
    }

    Client login(Demo.Login l) throws IOException, InterruptedException {
        return login(l.name(), l.password());
    }

    @Override
    public void close() {
        workbench.close();
        demo.close();
    }
}
