package se.uppdrag.plan;

import org.jspecify.annotations.Nullable;

/** A new indicator or a change of one, as the administrator wrote it. */
public record IndikatorUtkast(@Nullable IndikatorId id, @Nullable Long mal, String namn, Indikator.@Nullable Slag slag,
        @Nullable String enhet, Indikator.Riktning riktning) {
}
