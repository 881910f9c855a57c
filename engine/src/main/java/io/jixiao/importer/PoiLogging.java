package io.jixiao.importer;

/**
 * POI logs through the Log4j API, which has no provider in jixiao and would print "ERROR Log4j API could not
 * find a logging provider" on stderr. This routes it to Log4j's simple logger, switched off, unless the user
 * configured Log4j. Called before the first POI class loads.
 */
final class PoiLogging {

    private PoiLogging() {
    }

    static synchronized void quiet() {
        if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            if (System.getProperty("log4j2.simplelogLevel") == null) {
                System.setProperty("log4j2.simplelogLevel", "OFF");
            }
        }
    }
}
