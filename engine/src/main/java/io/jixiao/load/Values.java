package io.jixiao.load;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.value.ParsedValue;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.util.List;
import java.util.Optional;

/** Parses a value written at a location, turning parser notes and failures into located findings. */
public final class Values {

    /** How a failure is reported: target or actual. */
    public interface Failure {
        Finding make(Location at, String text, String problem, String hint);
    }

    private Values() {
    }

    public static Optional<ParsedValue> parse(String text, Location at, List<Finding> out, Failure failure) {
        try {
            ParsedValue pv = ValueParser.parse(text);
            pv.notes().forEach(n -> out.add(LoadProblems.valueNote(at, text, n)));
            return Optional.of(pv);
        } catch (ValueParseException e) {
            out.add(failure.make(at, text, e.problem(), e.hint()));
            return Optional.empty();
        }
    }
}
