package io.jixiao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One CLI run in-process: exit code, stdout, stderr. */
record Run(int code, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, java.util.Map.of("JIXIAO_LANG", "en"), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
