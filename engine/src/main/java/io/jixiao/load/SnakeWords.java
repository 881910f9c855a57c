package io.jixiao.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SnakeYAML's own words for a syntax error ("mapping values are not allowed here", "while parsing a block
 * mapping") said in the language of the run: each known problem and context is a text of the load texts
 * ({@code snake.*}), whose English is SnakeYAML's wording, so English messages stay as they were. A wording not
 * listed is passed on as SnakeYAML wrote it.
 */
final class SnakeWords {

    /** A SnakeYAML wording, the text that says it, and the names of its captured parts in that text. */
    private record Wording(Pattern pattern, String key, String... names) {
    }

    private static final List<Wording> WORDINGS = List.of(
            new Wording(Pattern.compile("expected (.+), but found (.+)"), "snake.expectedFound", "expected", "found"),
            new Wording(Pattern.compile("expected (.+), but got (.+)"), "snake.expectedGot", "expected", "found"),
            new Wording(Pattern.compile("found character '\\\\t\\(TAB\\)' that cannot start any token\\..*"),
                    "snake.tab"),
            new Wording(Pattern.compile("found character (.+) that cannot start any token"), "snake.character",
                    "character"),
            new Wording(Pattern.compile("found unexpected end of stream"), "snake.endOfStream"),
            new Wording(Pattern.compile("mapping values are not allowed here"), "snake.mappingValues"),
            new Wording(Pattern.compile("could not find expected ':'"), "snake.colon"),
            new Wording(Pattern.compile("did not find expected key"), "snake.key"),
            new Wording(Pattern.compile("did not find expected '-' indicator"), "snake.dash"),
            new Wording(Pattern.compile("found undefined tag handle (.+)"), "snake.tagHandle", "handle"),
            new Wording(Pattern.compile("while parsing a block collection"), "snake.blockCollection"),
            new Wording(Pattern.compile("while parsing a block mapping"), "snake.blockMapping"),
            new Wording(Pattern.compile("while parsing a flow sequence"), "snake.flowSequence"),
            new Wording(Pattern.compile("while parsing a flow mapping"), "snake.flowMapping"),
            new Wording(Pattern.compile("while scanning a quoted scalar"), "snake.quotedScalar"),
            new Wording(Pattern.compile("while scanning a simple key"), "snake.simpleKey"),
            new Wording(Pattern.compile("while scanning for the next token"), "snake.nextToken"),
            new Wording(Pattern.compile("while scanning a block scalar"), "snake.blockScalar"),
            new Wording(Pattern.compile("while parsing a node"), "snake.node"));

    private SnakeWords() {
    }

    /** {@code wording} in the language of the run, or as it is when it is not one of the known wordings. */
    static String say(String wording) {
        for (Wording w : WORDINGS) {
            Matcher m = w.pattern().matcher(wording);
            if (m.matches()) {
                Object[] pairs = new Object[w.names().length * 2];
                for (int i = 0; i < w.names().length; i++) {
                    pairs[2 * i] = w.names()[i];
                    pairs[2 * i + 1] = m.group(i + 1);
                }
                return LoadTexts.text(w.key(), pairs);
            }
        }
        return wording;
    }
}
