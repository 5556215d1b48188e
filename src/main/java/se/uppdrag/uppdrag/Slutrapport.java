package se.uppdrag.uppdrag;

import java.time.Instant;
import java.util.List;

/** The final report as handed in, with its attachments. */
public record Slutrapport(String inlamnadAv, Instant tid, String text, List<Bilaga> bilagor) {

    public Slutrapport {
        bilagor = List.copyOf(bilagor);
    }
}
