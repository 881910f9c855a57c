package io.jixiao.store;

import io.jixiao.problem.KpiException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The workbench's accounts (table {@code app_user}) and the workbench's events in the store's audit log ({@code audit_log}, beside imports): {@code jixiao users add}
 * and {@code jixiao serve} (docs/web.md). Passwords arrive hashed: the store never sees one.
 */
public final class Users {

    /** The roles: a department user sees its own department, a bureau reviewer all, an admin manages users. */
    public enum Role {
        ADMIN, BUREAU, DEPARTMENT;

        /** As stored and as typed: admin, bureau, department. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The role a user typed, or empty. */
        public static Optional<Role> of(String key) {
            for (Role r : values()) {
                if (r.key().equals(key)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One account.
     *
     * @param department the department's name (as its targets write it) for a department user, else null
     */
    public record User(long id, String name, Role role, String department, String passwordHash, boolean disabled) {
    }

    /** One audit event. */
    public record Event(OffsetDateTime at, String user, String action, String department, Integer year,
                        String detail) {
    }

    private final Store store;

    public Users(Store store) {
        this.store = store;
    }

    /**
     * Adds an account.
     *
     * @param department for {@link Role#DEPARTMENT}: the department's name, code or a part of its name that names
     *                   one (as {@link Catalog#department}); ignored otherwise
     * @throws KpiException KPI-0530 when the name is taken, KPI-0531 when a department user has no department,
     *                      KPI-0507/0508 when the department is unknown or ambiguous
     */
    public User add(String name, Role role, String department, String passwordHash) {
        return add(name, role, department, passwordHash, "-");
    }

    /**
     * Adds an account, as {@link #add(String, Role, String, String)}, by {@code by} (the admin, for the audit log).
     */
    public User add(String name, Role role, String department, String passwordHash, String by) {
        String dept = null;
        Long deptId = null;
        if (role == Role.DEPARTMENT) {
            if (department == null || department.isBlank()) {
                throw new KpiException(StoreProblems.userNeedsDepartment(name));
            }
            dept = new Catalog(store).department(department);
            String d = dept;
            deptId = store.read(h -> h.createQuery("SELECT id FROM department WHERE name = :n").bind("n", d)
                    .mapTo(Long.class).one());
        }
        if (find(name).isPresent()) {
            throw new KpiException(StoreProblems.userExists(name));
        }
        Long id = deptId;
        long key = store.transaction(h -> h.createUpdate("INSERT INTO app_user (name, role, department_id,"
                        + " password_hash, disabled, created_at) VALUES (:n, :r, :d, :p, FALSE, :t)")
                .bind("n", name).bind("r", role.key()).bind("d", id).bind("p", passwordHash).bind("t", now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        audit(by, "user-added", dept, null, name + " (" + role.key() + ")");
        return new User(key, name, role, dept, passwordHash, false);
    }

    /**
     * Disables an account (it can no longer log in) or enables it again.
     *
     * @param by the account (or OS user) doing it, for the audit log
     * @throws KpiException KPI-0534 when there is no such account
     */
    public void setDisabled(String name, boolean disabled, String by) {
        int n = store.transaction(h -> h.createUpdate("UPDATE app_user SET disabled = :x WHERE name = :n")
                .bind("x", disabled).bind("n", name).execute());
        if (n == 0) {
            throw new KpiException(StoreProblems.unknownUser(name));
        }
        audit(by, disabled ? "user-disabled" : "user-enabled", null, null, name);
    }

    /**
     * Sets an account's password (a reset by an admin).
     *
     * @param passwordHash the new password's hash
     * @param by           the account (or OS user) doing it, for the audit log
     * @throws KpiException KPI-0534 when there is no such account
     */
    public void setPassword(String name, String passwordHash, String by) {
        int n = store.transaction(h -> h.createUpdate("UPDATE app_user SET password_hash = :p WHERE name = :n")
                .bind("p", passwordHash).bind("n", name).execute());
        if (n == 0) {
            throw new KpiException(StoreProblems.unknownUser(name));
        }
        audit(by, "password-reset", null, null, name);
    }

    /** The account of that name. */
    public Optional<User> find(String name) {
        return store.read(h -> h.createQuery("SELECT u.id, u.name, u.role, d.name, u.password_hash, u.disabled"
                        + " FROM app_user u LEFT JOIN department d ON d.id = u.department_id WHERE u.name = :n")
                .bind("n", name)
                .map((rs, ctx) -> new User(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3)).orElseThrow(),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                .findFirst());
    }

    /** Every account, by name. */
    public List<User> list() {
        return store.read(h -> h.createQuery("SELECT u.id, u.name, u.role, d.name, u.password_hash, u.disabled"
                        + " FROM app_user u LEFT JOIN department d ON d.id = u.department_id ORDER BY u.name")
                .map((rs, ctx) -> new User(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3)).orElseThrow(),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                .list());
    }

    /** Writes one audit event (its own transaction). */
    public void audit(String user, String action, String department, Integer year, String detail) {
        String shortDetail = detail == null ? "" : detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
        store.transaction(h -> h.createUpdate("INSERT INTO audit_log (at, actor, action, department,"
                        + " budget_year, detail) VALUES (:t, :u, :a, :d, :y, :x)")
                .bind("t", now()).bind("u", user).bind("a", action).bind("d", department).bind("y", year)
                .bind("x", shortDetail).execute());
    }

    /** The audit log (imports, library imports and the workbench's events), oldest first. */
    public List<Event> events() {
        return store.read(h -> h.createQuery("SELECT at, actor, action, department, budget_year, detail"
                        + " FROM audit_log ORDER BY id")
                .map((rs, ctx) -> new Event(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), (Integer) rs.getObject(5), rs.getString(6)))
                .list());
    }

    /** The department's database id (the workbench's URLs name departments by it). */
    public Optional<Long> departmentId(String department) {
        return store.read(h -> h.createQuery("SELECT id FROM department WHERE name = :n").bind("n", department)
                .mapTo(Long.class).findFirst());
    }

    /** The department of that database id. */
    public Optional<String> departmentName(long id) {
        return store.read(h -> h.createQuery("SELECT name FROM department WHERE id = :i").bind("i", id)
                .mapTo(String.class).findFirst());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
