package io.jixiao.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the warm harnesses run by hand ({@link LoadStepsMain}, {@code io.jixiao.monitor.MonitorStepsMain}) take from
 * their command line, {@code DIR [N] [ROUNDS] …}: the first N department folders of a generated bureau, by name, and
 * how many rounds to run.
 *
 * @param dir         the bureau's folder
 * @param departments the department folders, sorted, at most N (200 unless given)
 * @param rounds      the rounds to run
 */
public record BureauSample(Path dir, List<Path> departments, int rounds) {

    /**
     * @param args          the harness's arguments: DIR, then N and ROUNDS when given
     * @param defaultRounds the rounds when none are given
     * @return the sample the arguments name
     * @throws IOException when DIR cannot be listed
     */
    public static BureauSample of(String[] args, int defaultRounds) throws IOException {
        Path dir = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : defaultRounds;
        try (Stream<Path> s = Files.list(dir)) {
            return new BureauSample(dir, s.filter(Files::isDirectory).sorted().limit(n).toList(), rounds);
        }
    }
}
