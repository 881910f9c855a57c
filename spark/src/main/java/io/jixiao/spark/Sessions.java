package io.jixiao.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a command: the cluster's when spark-submit set a master, else local mode. */
final class Sessions {

    private Sessions() {
    }

    /**
     * @param master --master, or null: spark-submit's master (spark.master), else {@code local[*]}; for a cluster's
     *               master given to ./jixiao-spark (spark://…), the executors get this jar (spark.jars) unless
     *               spark-submit named the jars
     */
    static SparkSession open(String master, String app) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder b = SparkSession.builder().appName(app);
        String m = master != null ? master : conf.get("spark.master", "local[*]");
        b.master(m);
        if (!m.startsWith("local") && !conf.contains("spark.jars") && jar() != null) {
            // started by ./jixiao-spark (not spark-submit) against a cluster: its executors need this jar
            b.config("spark.jars", jar());
        }
        if (m.startsWith("local")) {
            // one machine: no web UI to serve, and the driver on the loopback address whatever the host name
            b.config("spark.ui.enabled", conf.get("spark.ui.enabled", "false"));
            b.config("spark.driver.host", conf.get("spark.driver.host", "127.0.0.1"));
            b.config("spark.driver.bindAddress", conf.get("spark.driver.bindAddress", "127.0.0.1"));
        }
        return b.getOrCreate();
    }

    /** The jar this class was loaded from (spark/target/jixiao-spark.jar), or null from a folder of classes. */
    static String jar() {
        try {
            java.net.URL at = Sessions.class.getProtectionDomain().getCodeSource().getLocation();
            java.nio.file.Path p = java.nio.file.Path.of(at.toURI());
            return java.nio.file.Files.isRegularFile(p) ? p.toUri().toString() : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
