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

    public record Nyckel(String prefix, int ar) implements Serializable {
    }
}
