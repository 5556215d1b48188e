package se.uppdrag.uppdrag;

import java.util.Set;

/** Search text (title, diarienummer or a person's name) and the statuses to show; empty means all. */
public record UppdragFilter(String text, Set<UppdragStatus> status) {

    public UppdragFilter {
        text = text == null ? "" : text.strip();
        status = Set.copyOf(status);
    }

    public static UppdragFilter alla() {
        return new UppdragFilter("", Set.of());
    }
}
