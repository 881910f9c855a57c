package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.store.Store;
import io.jixiao.store.StoreLocation;
import io.jixiao.store.Users;
import io.jixiao.web.Passwords;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao users add}: accounts in the store, the password from standard input kept as a bcrypt hash. */
class UsersCommandTest {

    @TempDir
    Path dir;

    static Run withStdin(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return Run.of(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aDepartmentUserIsAddedByAPartOfItsDepartmentsName() {
        String db = dir.resolve("s").toString();
        assertThat(Run.of("store", "import", "../indicators", "--db", db).code()).isZero();
        Run r = withStdin("correct horse\n", "users", "add", "wang", "--role", "department", "--department", "广阳",
                "--password-stdin", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        try (Store s = Store.open(StoreLocation.file(Path.of(db)))) {
            Users.User u = new Users(s).find("wang").orElseThrow();
            assertThat(u.role()).isEqualTo(Users.Role.DEPARTMENT);
            assertThat(u.department()).isEqualTo("中共廊坊市广阳区委网络安全和信息化委员会办公室");
            assertThat(u.passwordHash()).startsWith("$2").doesNotContain("correct horse");
            assertThat(Passwords.matches("correct horse", u.passwordHash())).isTrue();
            assertThat(Passwords.matches("correct horsE", u.passwordHash())).isFalse();
        }
    }

    @Test
    void mistakesAreCodedErrors() {
        String db = dir.resolve("s").toString();
        assertThat(Run.of("store", "import", "../indicators", "--db", db).code()).isZero();
        assertThat(withStdin("correct horse\n", "users", "add", "li", "--role", "department", "--password-stdin",
                "--db", db).err()).contains("KPI-0531");
        assertThat(withStdin("correct horse\n", "users", "add", "li", "--role", "bureau", "--password-stdin",
                "--db", db).code()).isZero();
        assertThat(withStdin("correct horse\n", "users", "add", "li", "--role", "bureau", "--password-stdin",
                "--db", db).err()).contains("KPI-0530");
        assertThat(withStdin("correct horse\n", "users", "add", "zhao", "--role", "king", "--password-stdin",
                "--db", db).code()).isEqualTo(2);
        assertThat(withStdin("short\n", "users", "add", "zhao", "--role", "bureau", "--password-stdin",
                "--db", db).code()).isEqualTo(2);
        assertThat(withStdin("correct horse\n", "users", "add", "zhao", "--role", "department", "--department",
                "没有这个部门", "--password-stdin", "--db", db).err()).contains("KPI-0507");
    }
}
