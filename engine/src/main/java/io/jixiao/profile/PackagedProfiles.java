package io.jixiao.profile;

/**
 * The built-in profiles as code (docs/performance.md#packaged-profiles): at build time PackagedProfilesCodegen reads
 * each of rules/profiles/*.yaml as a run would ({@link ProfileLoader#readBuiltInAsWritten}, Jackson's data binding)
 * and writes {@code io.jixiao.profile.GeneratedProfiles}, which builds the same objects with their constructors — a
 * cold run then makes no deserializer (a twentieth of a second of CPU on the start's busy cores). It answers only for
 * the text it was made from: for another text (a YAML changed since the build) it gives null and the YAML is read.
 */
interface PackagedProfiles {

    /**
     * @param name a built-in profile's name
     * @param text the text of its YAML as the jar holds it
     * @return the profile made from exactly that text, or null (another text, another name)
     */
    ScoringProfile of(String name, String text);
}
