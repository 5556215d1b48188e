package se.uppdrag.diarium.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "diarieserie")
@IdClass(DiarieserieEntity.Nyckel.class)
public class DiarieserieEntity {

    @Id
    private String prefix = "";
    @Id
    private int ar;
    private int senaste;

    protected DiarieserieEntity() {
    }

    public DiarieserieEntity(String prefix, int ar) {
        this.prefix = prefix;
        this.ar = ar;
        this.senaste = 0;
    }

    /** Moves the series on by one and returns the new running number. */
    public int nasta() {
        if (senaste >= 99_999) {
            throw new IllegalStateException("Diarieserien " + prefix + " " + ar + " är full");
        }
        return ++senaste;
    }

    public record Nyckel(String prefix, int ar) implements Serializable {
    }
}
