package io.jixiao.value;

import java.util.List;

/** A parsed value and what the parser noticed on the way (a leading zero, full-width digits kept …). */
public record ParsedValue(Value value, List<String> notes) {

    public ParsedValue {
        notes = List.copyOf(notes);
    }
}
