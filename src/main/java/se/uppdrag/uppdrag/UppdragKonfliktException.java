package se.uppdrag.uppdrag;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.uppdrag.text.Meddelande;

/** Someone else saved the uppdrag after the editor read it. Nothing was written. */
public class UppdragKonfliktException extends RuntimeException {

    private final @Nullable String andradAv;
    private final @Nullable Instant andrad;

    public UppdragKonfliktException(@Nullable String andradAv, @Nullable Instant andrad) {
        super(Meddelande.svenska("uppdrag.fel.konflikt"));
        this.andradAv = andradAv;
        this.andrad = andrad;
    }

    public @Nullable String andradAv() {
        return andradAv;
    }

    public @Nullable Instant andrad() {
        return andrad;
    }
}
