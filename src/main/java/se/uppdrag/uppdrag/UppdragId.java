package se.uppdrag.uppdrag;

import java.io.Serializable;
import se.uppdrag.text.OgiltigtVardeException;

public record UppdragId(long value) implements Serializable {

    public UppdragId {
        if (value <= 0) {
            throw new OgiltigtVardeException("uppdrag.fel.id");
        }
    }

    /** Parses an id from a URL; empty when it is not a number. */
    public static java.util.Optional<UppdragId> parse(String text) {
        try {
            var value = Long.parseLong(text);
            return value > 0 ? java.util.Optional.of(new UppdragId(value)) : java.util.Optional.empty();
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }
}
