package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.store.Users;
import io.jixiao.store.Users.Role;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin's accounts page: list, add (the rules of jixiao users add), disable / enable and a new password — each
 * in the audit log, a disabled account's sessions ended; nobody but an admin gets the page or changes an account.
 */
class UsersPageTest {

    static Served served;
    static Served.Client admin;

    @BeforeAll
    static void start() throws Exception {
        served = new Served();
        admin = served.login(served.demo.login(Role.ADMIN, null));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static Users users() {
        return new Users(served.demo.store());
    }

    @Test
    void onlyAnAdminGetsThePageOrChangesAnAccount() throws Exception {
        HttpResponse<String> page = admin.get("/users");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"users\"").contains("bureau").doesNotContain("$2a$");
        Served.Client bureau = served.login(served.demo.login(Role.BUREAU, null));
        Served.Client dept = served.login(served.demo.login(Role.DEPARTMENT, WorkbenchApiTest.GUANGYANG));
        for (Served.Client c : new Served.Client[] {bureau, dept}) {
            assertThat(c.get("/users").statusCode()).isEqualTo(403);
            assertThat(c.postForm("/users", "name=evil&role=admin&password=correct horse").statusCode())
                    .isEqualTo(403);
            assertThat(c.postForm("/users/state", "name=admin&disabled=true").statusCode()).isEqualTo(403);
            assertThat(c.postForm("/users/password", "name=admin&password=correct horse").statusCode())
                    .isEqualTo(403);
        }
        assertThat(served.anonymous().get("/users").statusCode()).isEqualTo(302);
        assertThat(users().find("evil")).isEmpty();
        // the admin's own page changes need the CSRF token too
        Served.Client noToken = served.new Client();
        noToken.cookie = admin.cookie;
        assertThat(noToken.postForm("/users", "name=evil&role=admin&password=correct horse").statusCode())
                .isEqualTo(403);
        assertThat(users().find("evil")).isEmpty();
    }

    @Test
    void anAccountAddedDisabledEnabledAndGivenANewPassword() throws Exception {
        HttpResponse<String> added = admin.postForm("/users",
                "name=zhao&role=department&department=广阳&password=correct horse");
        assertThat(added.body()).contains("id=\"accounts-ok\"").contains("zhao");
        Users.User zhao = users().find("zhao").orElseThrow();
        assertThat(zhao.department()).isEqualTo(WorkbenchApiTest.GUANGYANG);
        assertThat(Passwords.matches("correct horse", zhao.passwordHash())).isTrue();
        Served.Client z = served.login("zhao", "correct horse");
        assertThat(z.get("/api/departments").body()).contains(WorkbenchApiTest.GUANGYANG);

        // disabled: the open session ends, and the password no longer logs in
        assertThat(admin.postForm("/users/state", "name=zhao&disabled=true").body()).contains("accounts-ok");
        assertThat(z.get("/api/departments").statusCode()).isEqualTo(401);
        assertThat(served.anonymous().postJson("/api/login", "{\"user\":\"zhao\",\"password\":\"correct horse\"}",
                null).statusCode()).isEqualTo(401);
        assertThat(admin.postForm("/users/state", "name=zhao&disabled=false").body()).contains("accounts-ok");

        // a new password: the old one no longer logs in
        assertThat(admin.postForm("/users/password", "name=zhao&password=battery staple").body())
                .contains("accounts-ok");
        assertThat(served.anonymous().postJson("/api/login", "{\"user\":\"zhao\",\"password\":\"correct horse\"}",
                null).statusCode()).isEqualTo(401);
        served.login("zhao", "battery staple");

        String adminName = served.demo.login(Role.ADMIN, null).name();
        assertThat(users().events()).filteredOn(e -> e.detail().startsWith("zhao"))
                .extracting(Users.Event::user, Users.Event::action)
                .contains(org.assertj.core.groups.Tuple.tuple(adminName, "user-added"),
                        org.assertj.core.groups.Tuple.tuple(adminName, "user-disabled"),
                        org.assertj.core.groups.Tuple.tuple(adminName, "user-enabled"),
                        org.assertj.core.groups.Tuple.tuple(adminName, "password-reset"));
        assertThat(users().events()).noneMatch(e -> e.detail().contains("battery staple"));
    }

    @Test
    void theRulesOfUsersAddWithTheirCodes() throws Exception {
        // tests run in English: the labels' English words
        assertThat(admin.postForm("/users", "name=qian&role=bureau&password=short").body())
                .contains("id=\"accounts-error\"").contains("at least 8");
        assertThat(admin.postForm("/users", "name=qian&role=department&password=correct horse").body())
                .contains("KPI-0531");
        assertThat(admin.postForm("/users", "name=qian&role=department&department=没有这个部门&password=correct horse")
                .body()).contains("KPI-0507");
        assertThat(admin.postForm("/users", "name=bureau&role=bureau&password=correct horse").body())
                .contains("KPI-0530");
        assertThat(admin.postForm("/users", "name=qian&role=king&password=correct horse").body())
                .contains("id=\"accounts-error\"");
        assertThat(users().find("qian")).isEmpty();
        assertThat(admin.postForm("/users/state", "name=nobody&disabled=true").body()).contains("KPI-0534");
        // an admin does not lock itself out
        String self = served.demo.login(Role.ADMIN, null).name();
        assertThat(admin.postForm("/users/state", "name=" + self + "&disabled=true").body())
                .contains("id=\"accounts-error\"");
        assertThat(users().find(self).orElseThrow().disabled()).isFalse();
    }
}
