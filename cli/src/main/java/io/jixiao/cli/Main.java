package io.jixiao.cli;

import io.jixiao.api.Jixiao;
import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Language;
import io.jixiao.problem.LanguageChoice;
import java.io.InputStream;
import java.io.OutputStream;
import io.jixiao.problem.EngineFailure;
import io.jixiao.rules.RuleRun;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code jixiao} command: subcommands are thin; the work is in load/scoring/report. Its texts — help, usage
 * errors, findings — are in the language of the run (docs/guide.md#language): {@code --lang zh|en} anywhere on
 * the command line, else {@code JIXIAO_LANG}, else the locale variables ({@link LanguageChoice}).
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {ScoreCommand.class, ValidateCommand.class, ImportCommand.class, WhatifCommand.class,
                TemplateCommand.class, ReportCommand.class, ReviewCommand.class, MonitorCommand.class,
                StoreCommand.class, HistoryCommand.class, LibraryCommand.class, ServeCommand.class, UsersCommand.class,
                CompletionCommand.class,
                ToolCommands.Generate.class, ToolCommands.Bench.class, ToolCommands.ManPage.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @Mixin
    LanguageOption language;

    public static void main(String[] args) {
        PrintWriter err = console(System.err, ConsoleEncoding.Stream.ERR);
        int code;
        try {
            RulesAhead.start(LanguageOption.split(args).args());
            code = run(commandLine(args), args, System.getenv(), System.in, console(System.out,
                    ConsoleEncoding.Stream.OUT), err);
        } catch (RuntimeException | VirtualMachineError | LinkageError e) {
            // outside a command's own handler (building the command line, an error of the JVM while it starts):
            // a coded line, exit 3, as inside one — never a stack trace
            err.println(CliProblems.internalError(e.toString()).render());
            err.flush();
            code = INTERNAL;
        }
        System.exit(code);
    }

    /** Commands that read the whole tree of commands: they get all of it. */
    private static final List<String> WHOLE_TREE = List.of("help", "completion");

    /**
     * The command line for {@code args}. When the first argument (past {@code --lang}) names a command, the tree holds
     * only that command under the root: picocli reads every command's annotations by reflection when the tree is
     * built — a fifth of a second of a cold {@code score} for the eighteen of them — and a run uses one (parsing,
     * help and usage errors of that command are the same; docs/performance.md#cold-start). Anything else (no command,
     * an option first, an unknown word, {@code help}, {@code completion}) gets the whole tree, as {@code new
     * CommandLine(new Main())} builds it.
     */
    static CommandLine commandLine(String[] args) {
        List<String> words = LanguageOption.split(args).args();
        String first = words.isEmpty() ? "" : words.get(0);
        if (!first.startsWith("-") && !WHOLE_TREE.contains(first)) {
            for (Class<?> c : Main.class.getAnnotation(Command.class).subcommands()) {
                Command command = c.getAnnotation(Command.class);
                if (command != null && (command.name().equals(first) || List.of(command.aliases()).contains(first))) {
                    return new CommandLine(new Root()).addSubcommand(new CommandLine(c));
                }
            }
        }
        return new CommandLine(new Main());
    }

    /** The root command without its subcommands: as {@link Main}'s annotation says, but for {@code subcommands}. */
    @Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
    static final class Root {

        @Mixin
        LanguageOption language;
    }

    /** Runs one command line in the language the environment of this process chooses; tests give their own. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.getenv(), out, err);
    }

    /** Runs one command line with {@code env} as the environment (the language's variables); stdin is System.in. */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return run(new CommandLine(new Main()), args, env, System.in, out, err);
    }

    /** Runs one command line of {@code cmd} with jixiao's exit codes and error handling (jixiao-tools uses it too). */
    public static int run(CommandLine cmd, String[] args, PrintWriter out, PrintWriter err) {
        return run(cmd, args, System.getenv(), System.in, out, err);
    }

    /**
     * Runs one command line of {@code cmd}: the language chosen from {@code --lang} (taken out of {@code args}) and
     * {@code env}, the help in it, jixiao's exit codes and error handling; {@code in} is what {@code -} reads. The
     * language of the process is restored afterwards.
     *
     * @param helpBundles base names of help bundles whose texts come before the command line's (jixiao-tools)
     */
    public static int run(CommandLine cmd, String[] args, Map<String, String> env, InputStream in, PrintWriter out,
                          PrintWriter err, String... helpBundles) {
        LanguageOption.Split split = LanguageOption.split(args);
        Language before = Language.current();
        try {
            Language language;
            try {
                language = LanguageChoice.choose(split.lang(), env);
            } catch (IllegalArgumentException e) {
                Language.use(LanguageChoice.choose(null, env));
                err.println(CliTexts.text("usage.lang", "value", split.lang()));
                err.flush();
                return USAGE;
            }
            Language.use(language);
            if (split.missingValue()) {
                err.println(CliTexts.text("usage.langValue"));
                err.flush();
                return USAGE;
            }
            Inputs.use(in);
            return execute(cmd, split.array(), Help.bundle(language, helpBundles), out, err);
        } finally {
            Language.use(before);
        }
    }

    private static int execute(CommandLine cmd, String[] args, ResourceBundle help, PrintWriter out, PrintWriter err) {
        cmd.setResourceBundle(help);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(e -> INTERNAL);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println(usageError(ex));
            ex.getCommandLine().usage(err);
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // never a stack trace (unless asked for): a coded line, exit 3
            EngineFailure engine = engineFailure(ex);
            err.println((engine != null ? engine.finding() : CliProblems.internalError(ex.toString())).render());
            if (System.getenv("JIXIAO_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            err.flush();
            return INTERNAL;
        });
        // a rule whose Java never returns cannot be stopped inside the JVM: say so, coded, and end the run
        RuleRun.onStuck(f -> {
            err.println(f.render());
            err.println(CliTexts.text("stuck"));
            err.flush();
            out.flush();
            Runtime.getRuntime().halt(BAD_INPUT);
        });
        int code;
        try {
            code = cmd.execute(args);
        } finally {
            RuleRun.onStuck(null);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A usage error said in the language of the run: what is missing, what was not recognised (with picocli's
     * suggestions), which option's value is wrong (with the values it takes, or that it takes a whole number);
     * picocli's own words (English) stay only as the detail of other values that did not convert and of errors of
     * other kinds.
     */
    static String usageError(ParameterException ex) {
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return CliTexts.text("usage.missing", "names",
                    Catalogue.list(missing.getMissing().stream().map(Main::usageName).toList()));
        }
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String text = CliTexts.text("usage.unknown", "arguments",
                    Catalogue.list(unmatched.getUnmatched().stream().map(a -> "'" + a + "'").toList()));
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty() ? text : text + System.lineSeparator()
                    + CliTexts.text("usage.suggest", "suggestions", Catalogue.list(suggestions));
        }
        // picocli's words for a command line without a command, and for help of a command that does not exist
        String message = String.valueOf(ex.getMessage());
        List<String> commands = List.copyOf(ex.getCommandLine().getSubcommands().keySet());
        if (message.startsWith("Missing required subcommand") && !commands.isEmpty()) {
            return CliTexts.text("usage.command", "commands", Catalogue.list(commands));
        }
        if (message.startsWith("Unknown subcommand") && ex.getValue() != null && !commands.isEmpty()) {
            return CliTexts.text("usage.noSuchCommand", "command", ex.getValue(), "commands",
                    Catalogue.list(commands));
        }
        ArgSpec arg = ex.getArgSpec();
        boolean conversion = ex.getCause() instanceof CommandLine.TypeConversionException
                || String.valueOf(ex.getMessage()).startsWith("Invalid value");
        if (conversion && arg != null && ex.getValue() != null) {
            List<String> choices = new ArrayList<>();
            if (arg.completionCandidates() != null) {
                arg.completionCandidates().forEach(choices::add);
            }
            Class<?> type = arg.type();
            if (choices.isEmpty() && (type == int.class || type == Integer.class || type == long.class
                    || type == Long.class)) {
                return CliTexts.text("usage.integer", "option", optionName(arg), "value", ex.getValue());
            }
            return choices.isEmpty()
                    ? CliTexts.text("usage.value", "option", optionName(arg), "value", ex.getValue(), "message",
                            ex.getCause() instanceof CommandLine.TypeConversionException t ? t.getMessage()
                                    : ex.getMessage())
                    : CliTexts.text("usage.choice", "option", optionName(arg), "value", ex.getValue(), "choices",
                            Catalogue.list(choices));
        }
        return CliTexts.text("usage.error", "message", ex.getMessage());
    }

    /** An option as {@code '--actuals=ACTUALS'}, a parameter as {@code 'TARGETS'} — as the usage line shows them. */
    private static String usageName(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return "'" + option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "") + "'";
        }
        return "'" + arg.paramLabel() + "'";
    }

    /** An option by its longest name ({@code --format}), a parameter by its label ({@code TARGETS}). */
    private static String optionName(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** The engine failure (KPI-0210, a crash inside a rule session) behind an exception, if any. */
    private static EngineFailure engineFailure(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof EngineFailure e) {
                return e;
            }
        }
        return null;
    }

    /** {@code --version}: the build's version, as the jar's manifest gives it ({@link Jixiao#version()}); jixiao-tools' too. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"jixiao " + Jixiao.version()};
        }
    }

    /** A writer in UTF-8 (files, pipes, tests). */
    public static PrintWriter utf8(OutputStream s) {
        return writer(s, StandardCharsets.UTF_8);
    }

    /** A writer of standard output or error in the encoding {@link ConsoleEncoding} chooses for it. */
    public static PrintWriter console(OutputStream s, ConsoleEncoding.Stream stream) {
        return writer(s, ConsoleEncoding.ofThisProcess(stream));
    }

    private static PrintWriter writer(OutputStream s, Charset charset) {
        return new PrintWriter(new OutputStreamWriter(s, charset), true);
    }
}
