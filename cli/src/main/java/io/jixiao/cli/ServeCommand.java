package io.jixiao.cli;

import io.jixiao.problem.KpiException;
import io.jixiao.store.Store;
import io.jixiao.web.Demo;
import io.jixiao.web.Workbench;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jixiao serve}: the workbench in the browser (docs/web.md). Runs until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS")
    String bind;

    @Option(names = "--demo")
    boolean demo;

    @Option(names = "--secure-cookie")
    boolean secureCookie;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Demo d = null;
        Store s = null;
        try {
            if (demo) {
                d = Demo.of(bundled());
                s = d.store();
            } else {
                s = store.open();
                StoreOption.migrated(s, err);
            }
            Workbench.Settings base = Workbench.Settings.of(bind, port);
            Workbench.Settings settings = new Workbench.Settings(base.bind(), base.port(), base.maxWhatIfs(),
                    base.whatIfIdleMs(), base.sessionIdleMs(), secureCookie);
            Workbench w = Workbench.start(s, settings);
            if (d != null) {
                out.print(d.accounts());
            }
            out.println(CliTexts.text("serve.listening", "url", "http://" + (bind.contains(":") ? "[" + bind + "]"
                    : bind) + ":" + w.port() + "/"));
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Demo demoStore = d;
            Store opened = s;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                w.close();
                if (demoStore != null) {
                    demoStore.close();
                } else {
                    opened.close();
                }
                stop.countDown();
            }));
            stop.await();
            return 0;
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            if (d != null) {
                d.close();
            } else if (s != null) {
                s.close();
            }
            return Main.BAD_INPUT;
        }
    }

    /** The bundled departments: indicators/ here, else beside the jar (cli/target/jixiao.jar → ../../indicators). */
    static Path bundled() {
        Path here = Path.of("indicators");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent().getParent().getParent().resolve("indicators");
            if (Files.isDirectory(beside)) {
                return beside;
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // no jar location: the folder here is reported below
        }
        return here;
    }
}
