package se.uppdrag.uppdrag.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.Bilaga;
import se.uppdrag.uppdrag.Slutrapport;

/** A final report as handed in; a new one is stored for every round of komplettering. */
@Entity
@Table(name = "uppdrag_slutrapport")
public class SlutrapportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "uppdrag_id")
    private long uppdragId;
    @Column(name = "person_id")
    private long personId;
    private Instant tidpunkt = Instant.EPOCH;
    @Column(name = "rapport_text")
    private String text = "";
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "slutrapport_id", nullable = false)
    private List<BilagaEntity> bilagor = new ArrayList<>();

    protected SlutrapportEntity() {
    }

    public SlutrapportEntity(long uppdragId, long personId, Instant tidpunkt, String text, List<Bilaga> bilagor) {
        this.uppdragId = uppdragId;
        this.personId = personId;
        this.tidpunkt = tidpunkt;
        this.text = text;
        bilagor.forEach(b -> this.bilagor.add(new BilagaEntity(b)));
    }

    public long personId() {
        return personId;
    }

    public Slutrapport toSlutrapport(String namn) {
        return new Slutrapport(namn, tidpunkt, text, bilagor.stream().map(BilagaEntity::toBilaga).toList());
    }
}
