package se.uppdrag.uppdrag.versioner;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.uppdrag.Uppdragshandling;
import java.util.List;
import se.uppdrag.uppdrag.UppdragHistorikService.Version;
import se.uppdrag.uppdrag.UppdragId;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Keeps every version that is sent på remiss or för beslut, as it was sent. */
@Component
@Transactional
public class Versioner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final VersionRepository repository;
    private final Clock clock;

    Versioner(VersionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Every version kept of the uppdrag, the first first. */
    @Transactional(readOnly = true)
    public List<Version> lista(UppdragId id) {
        return repository.findByUppdragIdOrderByNummerAsc(id.value()).stream()
                .map(v -> new Version(v.nummer(), v.skapad(), v.anledning())).toList();
    }

    /** A handling as a version keeps it. */
    static String json(Uppdragshandling handling) {
        return JSON.writeValueAsString(handling);
    }

    /** Stores the handling as the next version and returns its number. */
    public int spara(Uppdragshandling handling, String anledning) {
        var uppdragId = handling.id().value();
        var nummer = repository.senaste(uppdragId) + 1;
        repository.save(new VersionEntity(uppdragId, nummer, clock.instant(), anledning, json(handling)));
        return nummer;
    }

    /** A kept version as it was sent; fields added to the records since then are empty. */
    @Transactional(readOnly = true)
    public Uppdragshandling las(long uppdragId, int nummer) {
        var version = repository.findById(new VersionEntity.Nyckel(uppdragId, nummer))
                .orElseThrow(() -> new se.uppdrag.text.OgiltigtVardeException("versioner.fel.finns-inte", nummer));
        return las(version.innehall());
    }

    /** A kept version's JSON as a handling, older shapes brought up to today's ({@link GamlaVersioner}). */
    static Uppdragshandling las(String innehall) {
        return JSON.readerFor(Uppdragshandling.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(GamlaVersioner.uppgradera(JSON.readTree(innehall)));
    }

    @Transactional(readOnly = true)
    public int senaste(long uppdragId) {
        return repository.senaste(uppdragId);
    }
}
