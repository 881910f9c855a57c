package io.jixiao.store;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.Collection;

/**
 * The findings of the store (KPI-0501…0529, the workbench's accounts and notes KPI-0530…0534): opening it (busy, newer than this jixiao, unreachable, not a store),
 * finding a department or a department-year in it, importing into it and reading an indicator library (指标库).
 * Texts in {@code io/jixiao/store/messages.properties}.
 */
public final class StoreProblems {

    private static final Catalogue M = Catalogue.of(StoreProblems.class);

    private StoreProblems() {
    }

    /** Another jixiao holds the store: an import running, or an embedded store open in another process. */
    public static Finding busy(String store, String detail) {
        return M.error("KPI-0501", Location.of(store), "detail", detail);
    }

    public static Finding newerSchema(String store, String stored, String known) {
        return M.error("KPI-0502", Location.of(store), "stored", stored, "known", known);
    }

    public static Finding unreachable(String store, String problem) {
        return M.error("KPI-0503", Location.of(store), "problem", problem);
    }

    public static Finding cannotOpen(String store, String problem) {
        return M.error("KPI-0504", Location.of(store), "problem", problem);
    }

    /** An embedded store cut short while it was made: tables, no schema history, no department. */
    public static Finding halfMade(String store, String file) {
        return M.error("KPI-0504.halfMade", Location.of(store), "file", file);
    }

    public static Finding unsupportedUrl(String given) {
        return M.error("KPI-0505", Location.of(given), "given", given);
    }

    public static Finding migrationFailed(String store, String problem, String backup) {
        return backup == null ? M.error("KPI-0506", Location.of(store), "problem", problem)
                : M.error("KPI-0506.backup", Location.of(store), "problem", problem, "backup", backup);
    }

    public static Finding unknownDepartment(String store, String given, Collection<String> known) {
        return known.isEmpty() ? M.error("KPI-0507.empty", Location.of(store), "given", given)
                : M.error("KPI-0507", Location.of(store), "given", given, "known", Catalogue.list(known));
    }

    public static Finding ambiguousDepartment(String store, String given, Collection<String> matches) {
        return M.error("KPI-0508", Location.of(store), "given", given, "matches", Catalogue.list(matches));
    }

    public static Finding unknownYear(String store, String department, int year, Collection<Integer> years) {
        return M.error("KPI-0509", Location.of(store), "department", department, "year", year,
                "years", Catalogue.list(years.stream().map(String::valueOf).toList()));
    }

    /** Two folders of one import hold the same department-year. */
    public static Finding sameDepartmentYearTwice(String folder, String department, int year, String other) {
        return M.error("KPI-0510", Location.of(folder), "department", department, "year", year, "other", other);
    }

    public static Finding noYear(String store, int year, Collection<Integer> years) {
        return years.isEmpty() ? M.error("KPI-0511.empty", Location.of(store), "year", year)
                : M.error("KPI-0511", Location.of(store), "year", year,
                        "years", Catalogue.list(years.stream().map(String::valueOf).toList()));
    }

    public static Finding exportNotEmpty(String dir, String file) {
        return M.error("KPI-0512", Location.of(dir), "file", file);
    }

    public static Finding notADepartment(String path) {
        return M.error("KPI-0513", Location.of(path));
    }

    // the indicator library (指标库)

    public static Finding libraryFileType(String file) {
        return M.error("KPI-0520", Location.of(file));
    }

    public static Finding libraryMissingField(Location at, String field, String accepted) {
        return M.error("KPI-0521", at, "field", field, "accepted", accepted);
    }

    public static Finding libraryBadValue(Location at, String field, String value, String expected) {
        return M.error("KPI-0522", at, "field", field, "value", value, "expected", expected);
    }

    public static Finding libraryDuplicateId(Location at, String id, String first) {
        return M.error("KPI-0523", at, "id", id, "first", first);
    }

    public static Finding libraryUnreadable(Location at, String problem) {
        return M.error("KPI-0524", at, "problem", problem);
    }

    public static Finding libraryEmpty(String file) {
        return M.error("KPI-0525", Location.of(file));
    }

    /** {@code users add} with a name another account has. */
    public static Finding userExists(String name) {
        return M.error("KPI-0530", Location.of(name), "name", name);
    }

    /** {@code users add --role department} without {@code --department}. */
    public static Finding userNeedsDepartment(String name) {
        return M.error("KPI-0531", Location.of(name), "name", name);
    }

    /** A 复核 note on an indicator the department-year does not have ({@code 表/指标}). */
    public static Finding noteOnUnknownIndicator(String department, int year, String indicator) {
        return M.error("KPI-0532", Location.of(department + " " + year), "department", department, "year", year,
                "indicator", indicator);
    }

    /** A 复核 note without words, or longer than the store keeps. */
    public static Finding noteLength(String department, int year, int length, int max) {
        return M.error("KPI-0533", Location.of(department + " " + year), "length", length, "max", max);
    }

    /** {@code users disable|enable|password} of an account that does not exist. */
    public static Finding unknownUser(String name) {
        return M.error("KPI-0534", Location.of(name), "name", name);
    }
}
