package io.jixiao.web;

import io.jixiao.api.Input;
import io.jixiao.api.Options;
import io.jixiao.api.Scenario;
import io.jixiao.api.WhatIf;
import io.jixiao.load.Source;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Stage;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.store.Catalog;
import io.jixiao.store.Importer;
import io.jixiao.store.Store;
import io.jixiao.store.StoredFile;
import io.jixiao.store.StoredReview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the workbench reads from and writes to the store: the stored department-years, each evaluated from its
 * stored files by the one pipeline (the same evaluation as {@code score} on the exported files), and a submission
 * stored by the store's own {@link Importer}. Nothing here scores on its own.
 */
final class Ledger {

    private final Store store;
    private final Catalog catalog;
    private final Map<String, Pipeline> pipelines = new ConcurrentHashMap<>();
    private final Map<String, Evaluation> evaluations = new ConcurrentHashMap<>();
    private final Map<String, Optional<Monitored>> monitorings = new ConcurrentHashMap<>();
    private final Map<Integer, Reviewed> reviews = new ConcurrentHashMap<>();
    private final Map<String, Catalog.Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    /**
     * How long a what-if request trusts the revision it last read of a department-year (docs/web.md#load): a
     * submission through this server is seen at once; an import by another process on the same store within this
     * time after it.
     */
    static final long REVISION_RECHECK_MS = 1_000;

    /** A department-year as read, and when. */
    private record Checked(Catalog.Entry entry, long at) {
    }

    /** A year's stored review and the revisions of the store it was made from. */
    private record Reviewed(String revisions, StoredReview.Review review) {
    }

    Ledger(Store store) {
        this.store = store;
        this.catalog = new Catalog(store);
    }

    Store store() {
        return store;
    }

    /** The stored department-years of {@code year} (all years when null). */
    List<Catalog.Entry> list(Integer year) {
        return catalog.list(year);
    }

    /** The years stored, newest first. */
    List<Integer> years() {
        return catalog.list(null).stream().map(Catalog.Entry::year).distinct().sorted(Comparator.reverseOrder())
                .toList();
    }

    /**
     * The stored department-year, read again only when its revision has changed (one row read per call: a what-if
     * request asks for it each time).
     */
    Optional<Catalog.Entry> entry(String department, int year) {
        String key = department + '\u0000' + year;
        Optional<Integer> revision = catalog.revision(department, year);
        if (revision.isEmpty()) {
            entries.remove(key);
            return Optional.empty();
        }
        Catalog.Entry cached = entries.get(key);
        if (cached != null && cached.revision() == revision.get()) {
            return Optional.of(cached);
        }
        Optional<Catalog.Entry> e = catalog.list(year).stream().filter(x -> x.department().equals(department))
                .findFirst();
        e.ifPresent(x -> entries.put(key, x));
        return e;
    }

    /**
     * The stored department-year as {@link #entry}, its revision read again only when the last read is
     * {@link #REVISION_RECHECK_MS} old: what-if requests, many a second, read the store once a second per
     * department-year instead of once each.
     *
     * @param now the server's clock, in milliseconds
     */
    Optional<Catalog.Entry> recentEntry(String department, int year, long now) {
        String key = department + '\u0000' + year;
        Checked c = checked.get(key);
        if (c != null && now >= c.at() && now - c.at() < REVISION_RECHECK_MS) {
            return Optional.of(c.entry());
        }
        Optional<Catalog.Entry> e = entry(department, year);
        if (e.isPresent()) {
            checked.put(key, new Checked(e.get(), now));
        } else {
            checked.remove(key);
        }
        return e;
    }

    /** The department of a database id (ids and names never change), or empty. */
    Optional<String> departmentName(long id, java.util.function.LongFunction<Optional<String>> lookup) {
        String known = names.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = lookup.apply(id);
        found.ifPresent(n -> names.put(id, n));
        return found;
    }

    List<StoredFile> files(String department, int year) {
        return catalog.files(department, year);
    }

    /** The department-year evaluated from its stored files through every stage; null when it has no actuals. */
    Evaluation evaluation(Catalog.Entry e) {
        String key = e.department() + '\u0000' + e.year() + '\u0000' + e.revision();
        Evaluation cached = evaluations.get(key);
        if (cached != null) {
            return cached;
        }
        List<StoredFile> files = files(e.department(), e.year());
        StoredFile targets = files.get(0);
        Optional<StoredFile> actuals = actuals(files);
        if (actuals.isEmpty()) {
            return null;
        }
        Evaluation ev = pipeline(e.profile()).evaluate(Source.bytes(targets.name(), targets.content()),
                Source.bytes(actuals.get().name(), actuals.get().content()), Stage.ALL);
        evaluations.put(key, ev);
        return ev;
    }

    /**
     * The monitoring of a department-year's stored progress file against its targets (the pipeline's
     * {@link Pipeline#monitor}, as {@code monitor}); empty without a progress file. Kept per revision.
     */
    Optional<Monitored> monitored(Catalog.Entry e) {
        String key = e.department() + '\u0000' + e.year() + '\u0000' + e.revision();
        return monitorings.computeIfAbsent(key, k -> {
            List<StoredFile> files = files(e.department(), e.year());
            Optional<StoredFile> progress = files.stream().filter(f -> f.role().equals(StoredFile.PROGRESS))
                    .findFirst();
            if (progress.isEmpty()) {
                return Optional.empty();
            }
            StoredFile t = files.get(0);
            return Optional.of(pipeline(e.profile()).monitor(Source.bytes(t.name(), t.content()),
                    Source.bytes(progress.get().name(), progress.get().content())));
        });
    }

    /**
     * The bureau's 复核 of a year from the store ({@code review --db --year}: ranking, grades, category averages,
     * change against last year, 结果应用), made again only when a department-year of the store has changed.
     */
    StoredReview.Review review(int year) {
        String revisions = list(null).stream().map(e -> e.department() + '@' + e.year() + '#' + e.revision())
                .collect(java.util.stream.Collectors.joining(","));
        Reviewed r = reviews.get(year);
        if (r == null || !r.revisions().equals(revisions)) {
            r = new Reviewed(revisions, new StoredReview(store).review(year));
            reviews.put(year, r);
        }
        return r.review();
    }

    /** A what-if on the stored files: the API's incremental session, from the same bytes. */
    WhatIf whatIf(Catalog.Entry e) {
        List<StoredFile> files = files(e.department(), e.year());
        StoredFile targets = files.get(0);
        StoredFile actuals = actuals(files).orElseThrow(() -> new IllegalStateException("no actuals"));
        return Scenario.of(Input.bytes(targets.name(), targets.content()),
                Input.bytes(actuals.name(), actuals.content()), apiOptions(e.profile())).open();
    }

    static Optional<StoredFile> actuals(List<StoredFile> files) {
        return files.stream().filter(f -> f.role().equals(StoredFile.ACTUALS)).findFirst();
    }

    /** The outcome of a submission: stored (with its new revision), or refused with the findings that stopped it. */
    record Submitted(boolean stored, Importer.Outcome outcome, List<Finding> errors) {
    }

    /**
     * Stores new actuals of a department-year: the stored targets and progress files with the uploaded actuals in a
     * private folder, imported by the store's importer (evaluated by the pipeline; nothing stored on any error).
     *
     * @param fileName the upload's name: a plain file name (no folder), starting with {@code actuals}
     */
    Submitted submit(Catalog.Entry e, String fileName, byte[] content) {
        Path dir = null;
        // what-ifs read the revision again at their next request (a stored submission is a new revision)
        checked.remove(e.department() + '\u0000' + e.year());
        try {
            dir = Files.createTempDirectory("jixiao-upload-");
            Path folder = Files.createDirectory(dir.resolve("upload"));
            for (StoredFile f : files(e.department(), e.year())) {
                if (!f.role().equals(StoredFile.ACTUALS)) {
                    Files.write(folder.resolve(safeName(f.name())), f.content());
                }
            }
            Files.write(folder.resolve(fileName), content);
            Importer importer = new Importer(store, options(e.profile()), 1);
            Importer.Summary s = importer.run(List.of(folder), o -> { });
            Importer.Outcome o = s.outcomes().get(0);
            if (o.status() == Importer.Status.FAILED) {
                return new Submitted(false, o, o.findings());
            }
            if (!e.department().equals(o.department()) || e.year() != o.year()) {
                // the importer stored what the files say; a targets file names its department, so this cannot differ
                throw new IllegalStateException("stored " + o.department() + " " + o.year());
            }
            checked.remove(e.department() + '\u0000' + e.year());
            return new Submitted(true, o, List.of());
        } catch (KpiException k) {
            return new Submitted(false, null, k.findings());
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        } finally {
            delete(dir);
        }
    }

    /** A stored file's name as a file name in a folder of ours: its last part only. */
    static String safeName(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            throw new IllegalArgumentException("not a file name: " + name);
        }
        return n;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is the system's to clean
        }
    }

    private Pipeline pipeline(String profile) {
        return pipelines.computeIfAbsent(profile == null ? "" : profile, p -> new Pipeline(options(profile)));
    }

    /**
     * The options a department-year was stored with (its profile's name), for the pipeline and the importer: the
     * bureau's profile, never one the department's targets name (KPI-0329, as the store's import and review).
     */
    static io.jixiao.pipeline.Options options(String profile) {
        return (profile == null || profile.isEmpty() ? io.jixiao.pipeline.Options.defaults()
                : io.jixiao.pipeline.Options.defaults().profile(profile)).ownProfiles(false);
    }

    /** The same, for the API's what-if. */
    static Options apiOptions(String profile) {
        return profile == null || profile.isEmpty() ? Options.defaults() : Options.defaults().profile(profile);
    }
}
