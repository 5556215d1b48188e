package se.uppdrag.uppdrag;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Samband och gränsdragning: links to other uppdrag plus free text. */
public record Samband(List<UppdragRef> uppdrag, @Nullable String text) {

    public Samband {
        uppdrag = List.copyOf(uppdrag);
    }
}
