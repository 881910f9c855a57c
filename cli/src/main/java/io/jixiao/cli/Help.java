package io.jixiao.cli;

import io.jixiao.problem.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The help texts of the commands (picocli's usage messages) in a language: io/jixiao/cli/help.properties
 * (English) and help_zh.properties, looked up for the language of the run — never Java's default locale.
 * jixiao-tools adds its own bundle in front ({@link #bundle(Language, String...)}).
 */
public final class Help {

    /** The base name of the command line's help bundle. */
    public static final String BUNDLE = "io.jixiao.cli.help";

    private Help() {
    }

    /**
     * The help texts in {@code language}: the bundles {@code first} (their keys win) and then the command line's.
     *
     * @param first base names of bundles whose texts come before the command line's (jixiao-tools' own)
     */
    public static ResourceBundle bundle(Language language, String... first) {
        List<ResourceBundle> chain = new ArrayList<>();
        for (String name : first) {
            chain.add(load(name, language));
        }
        chain.add(load(BUNDLE, language));
        return chain.size() == 1 ? chain.get(0) : new Chain(chain);
    }

    private static ResourceBundle load(String name, Language language) {
        return ResourceBundle.getBundle(name, language.locale(), Help.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Several bundles as one: a key's text from the first that has it. */
    private static final class Chain extends ResourceBundle {

        private final List<ResourceBundle> bundles;

        Chain(List<ResourceBundle> bundles) {
            this.bundles = List.copyOf(bundles);
        }

        @Override
        protected Object handleGetObject(String key) {
            for (ResourceBundle b : bundles) {
                if (b.containsKey(key)) {
                    return b.getObject(key);
                }
            }
            return null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new LinkedHashSet<>();
            bundles.forEach(b -> keys.addAll(b.keySet()));
            return Collections.enumeration(keys);
        }
    }
}
