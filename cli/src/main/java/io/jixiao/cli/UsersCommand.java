package io.jixiao.cli;

import io.jixiao.store.Users;
import io.jixiao.web.Passwords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao users add|list}: the workbench's accounts in the store (docs/web.md#users). */
@Command(name = "users", mixinStandardHelpOptions = true,
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    /** {@code users add NAME --role R [--department D] --password-stdin}. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LanguageOption language;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE")
        String role;

        @Option(names = "--department", paramLabel = "DEPARTMENT")
        String department;

        @Option(names = "--password-stdin", required = true)
        boolean passwordStdin;

        @Mixin
        StoreOption store = new StoreOption();

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Users.Role r = Users.Role.of(role).orElse(null);
            if (r == null) {
                err.println(CliTexts.text("users.badRole", "role", role));
                return Main.USAGE;
            }
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null || password.length() < Passwords.MIN_LENGTH) {
                err.println(CliTexts.text("users.shortPassword"));
                return Main.USAGE;
            }
            return store.run(spec, s -> {
                Users.User u = new Users(s).add(name, r, department, Passwords.hash(password));
                spec.commandLine().getOut().println(CliTexts.text("users.added", "name", u.name(), "role",
                        u.role().key(), "department", u.department() == null ? "" : u.department()));
                return 0;
            });
        }
    }

    /** {@code users list}: the accounts (never their hashes). */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LanguageOption language;

        @Mixin
        StoreOption store = new StoreOption();

        @Override
        public Integer call() {
            return store.run(spec, s -> {
                for (Users.User u : new Users(s).list()) {
                    spec.commandLine().getOut().println(u.name() + "  " + u.role().key()
                            + (u.department() == null ? "" : "  " + u.department()));
                }
                return 0;
            });
        }
    }
}
