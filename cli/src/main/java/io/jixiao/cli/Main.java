package io.jixiao.cli;

import io.jixiao.api.Jixiao;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jixiao} command: subcommands are thin; the work is in load/scoring/report. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Scores Chinese public-budget performance targets (绩效目标) with Drools rules.",
        subcommands = {ScoreCommand.class, ValidateCommand.class, ImportCommand.class, WhatifCommand.class,
                TemplateCommand.class, ReportCommand.class, ReviewCommand.class, ToolCommands.Generate.class,
                ToolCommands.Bench.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok · 1 bad input · 2 usage · 3 internal error"})
public final class Main {

    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    public static void main(String[] args) {
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    /** Runs one command line; tests call this with their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new CommandLine(new Main()), args, out, err);
    }

    /** Runs one command line of {@code cmd} with jixiao's exit codes and error handling (jixiao-tools uses it too). */
    public static int run(CommandLine cmd, String[] args, PrintWriter out, PrintWriter err) {
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(e -> INTERNAL);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("jixiao: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("jixiao: internal error: " + ex);
            if (System.getenv("JIXIAO_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("This is a bug in jixiao, not in your files. Maybe rerun with JIXIAO_DEBUG=1 and report it.");
            }
            return INTERNAL;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** {@code --version}: the build's version, as the jar's manifest gives it ({@link Jixiao#version()}); jixiao-tools' too. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"jixiao " + Jixiao.version()};
        }
    }

    public static PrintWriter utf8(java.io.OutputStream s) {
        return new PrintWriter(new OutputStreamWriter(s, StandardCharsets.UTF_8), true);
    }
}
