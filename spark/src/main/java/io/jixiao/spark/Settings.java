package io.jixiao.spark;

import io.jixiao.problem.Language;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;

/**
 * What every executor needs to evaluate a department as {@code jixiao review} would: the scoring options, the
 * language findings are written in, and the user's rules (broadcast as DRL text, compiled once per executor JVM).
 *
 * @param profile        the --profile override (a name, or a path every executor can read), or null
 * @param rules          the user's rule files (--rules), broadcast; an empty list for the packaged rules alone
 * @param rulesKey       a digest of the user's rules: which compiled rule book an executor reuses
 * @param keepIndicators whether to send back the indicator rows (--parquet)
 * @param rulebooks      where an executor JVM says that it built its rules in this job ({@code pid@host}), or null
 */
record Settings(String profile, boolean lenient, boolean allowMissing, Language language,
                Broadcast<List<Drl>> rules, String rulesKey, boolean keepIndicators,
                CollectionAccumulator<String> rulebooks) implements Serializable {

    /** The digest of rule texts (SHA-256 over names and texts). */
    static String digest(List<Drl> drl) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Drl d : drl) {
                md.update(d.path().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(d.text().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of the pipeline an executor JVM keeps for these settings. */
    String pipelineKey() {
        return profile + "\u0000" + lenient + "\u0000" + allowMissing + "\u0000" + rulesKey;
    }
}
