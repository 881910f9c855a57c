package io.jixiao.web;

import io.jixiao.store.Users.Role;

/**
 * Who is logged in: an account's name, role and (for a department user) department.
 *
 * @param department the department's name as its targets write it, for {@link Role#DEPARTMENT}; else null
 */
public record Account(String name, Role role, String department) {

    /** Whether this account may see a department's data (scores, history, what-if). */
    public boolean maySee(String dept) {
        return role != Role.DEPARTMENT || department.equals(dept);
    }

    /** Whether this account may submit a department's figures: only the department itself. */
    public boolean maySubmit(String dept) {
        return role == Role.DEPARTMENT && department.equals(dept);
    }

    /** Whether this account may write 复核 notes: a bureau reviewer only. */
    public boolean mayNote() {
        return role == Role.BUREAU;
    }

    /** The role as the UI names it. */
    public String roleLabel() {
        return WebLabels.t("role." + role.key());
    }
}
