package se.uppdrag.reporting.internal;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Arrays;
import se.uppdrag.dokument.Dokument;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;

/**
 * A {@link Dokument} kept as JSON and read back the same: every kind of block by its simple name ("Tabell"), found from
 * the sealed interface's permitted records, so a new kind of block is kept without a change here.
 */
public final class Dokumentlagring {

    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "slag")
    private interface BlockMedSlag {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(Dokument.Block.class, BlockMedSlag.class)
            .registerSubtypes(Arrays.stream(Dokument.Block.class.getPermittedSubclasses()).map(NamedType::new).toArray(NamedType[]::new))
            .build();

    private Dokumentlagring() {
    }

    public static String json(Dokument dokument) {
        return JSON.writeValueAsString(dokument);
    }

    public static Dokument las(String json) {
        return JSON.readValue(json, Dokument.class);
    }
}
