import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleSource;
import io.jixiao.rules.RuleSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Build time only (engine/pom.xml runs it in process-classes, as a single-file source program): compiles the packaged
 * rules/**.drl with Drools' executable model (drools-model-codegen) and writes the generated classes into the engine's
 * classes folder, with {@code io/jixiao/rules/packaged-model.txt}: the fingerprint of the DRL it was made from
 * (RuleSources.fingerprint), the DRL files and the model classes, which RuleBook turns into a KieBase at run time without compiling
 * (docs/performance.md#precompiled-rules). It reads the DRL exactly as the engine does (RuleSources.packaged(), from the
 * classes folder the resources were copied to), so the two paths start from the same text.
 *
 * <p>Left out: Drools' kjar descriptors (META-INF/kie/…, META-INF/maven/…, the ProjectModel class and the DRL copies):
 * the engine is a library, not a kjar, and must not look like one to a host's KieContainer. A DRL error fails the
 * build with each message as path:line:col.
 *
 * <p>Arguments: the classes folder (where rules/ was copied and the generated classes go).
 */
public final class PackagedRulesCodegen {

    private PackagedRulesCodegen() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        long t0 = System.nanoTime();
        List<RuleSource> sources = RuleSources.packaged();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (RuleSource s : sources) {
            kfs.write("src/main/resources/" + s.path(), s.text().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message m : errors) {
                String path = m.getPath() == null ? "?" : m.getPath().replaceFirst("^src/main/resources/", "");
                System.err.println(path + ":" + m.getLine() + ":" + m.getColumn() + ": " + m.getText());
            }
            System.exit(1);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        String modelFile = new TreeSet<>(module.getFileNames()).stream().filter(f -> f.endsWith("/drools-model"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no drools-model file in the generated module"));
        List<String> models = new ArrayList<>();
        for (String line : new String(module.getBytes(modelFile), StandardCharsets.UTF_8).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.contains(":")) {
                models.add(l);
            }
        }
        int written = 0;
        for (String f : new TreeSet<>(module.getFileNames())) {
            if (f.endsWith(".class") && !f.startsWith("org/drools/project/model/")) {
                Path out = classes.resolve(f);
                Files.createDirectories(out.getParent());
                Files.write(out, module.getBytes(f));
                written++;
            }
        }
        StringBuilder list = new StringBuilder();
        list.append("# the packaged rules, compiled at build time by Drools' executable model (PackagedRulesCodegen)\n");
        list.append(RuleBook.MODEL_FINGERPRINT).append(' ').append(RuleSources.fingerprint(sources)).append('\n');
        sources.forEach(s -> list.append(RuleBook.MODEL_FILE).append(' ').append(s.path()).append('\n'));
        models.stream().sorted().forEach(m -> list.append(RuleBook.MODEL_CLASS).append(' ').append(m).append('\n'));
        Path listFile = classes.resolve(RuleBook.MODEL_LIST);
        Files.createDirectories(listFile.getParent());
        Files.writeString(listFile, list.toString(), StandardCharsets.UTF_8);
        System.out.printf("jixiao: %d packaged DRL files → %d model classes, %d classes written (%.1f s)%n",
                sources.size(), models.size(), written, (System.nanoTime() - t0) / 1e9);
    }
}
