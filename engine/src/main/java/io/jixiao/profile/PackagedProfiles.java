package io.jixiao.profile;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The built-in profiles as code (docs/performance.md#packaged-profiles): at build time PackagedProfilesCodegen reads
 * each of rules/profiles/*.yaml as a run would ({@link ProfileLoader#readBuiltInAsWritten}, Jackson's data binding)
 * and writes {@code io.jixiao.profile.GeneratedProfiles}, which builds the same objects with their constructors — a
 * cold run then makes no deserializer (a twentieth of a second of CPU on the start's busy cores). It answers only for
 * the text it was made from: for another text (a YAML changed since the build) it gives null and the YAML is read.
 * And it is used only while the records it calls have the shape they had when it was made ({@link #shapes}): a class
 * left from an older build (an IDE's build compiles the records again but does not make this code) is never run
 * against records whose components moved.
 */
interface PackagedProfiles {

    /**
     * @param name a built-in profile's name
     * @param text the text of its YAML as the jar holds it
     * @return the profile made from exactly that text, or null (another text, another name)
     */
    ScoringProfile of(String name, String text);

    /** The shape ({@link #shape}) of every record the code constructs, as it was when the code was made. */
    List<String> shapes();

    /** A record's class, and its components' names and generic types in order: {@code a.B(int x, java.util.List<…> y)}. */
    static String shape(Class<?> record) {
        StringBuilder b = new StringBuilder(record.getName()).append('(');
        RecordComponent[] components = record.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            b.append(i == 0 ? "" : ", ").append(components[i].getGenericType().getTypeName()).append(' ')
                    .append(components[i].getName());
        }
        return b.append(')').toString();
    }

    /** True when every record named in {@code shapes} has that shape now. */
    static boolean sameShapes(List<String> shapes) {
        for (String s : shapes) {
            try {
                Class<?> c = Class.forName(s.substring(0, s.indexOf('(')));
                if (!c.isRecord() || !shape(c).equals(s)) {
                    return false;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
        return true;
    }
}
