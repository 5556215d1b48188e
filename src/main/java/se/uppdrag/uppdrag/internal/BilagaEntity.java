package se.uppdrag.uppdrag.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.Bilaga;

@Entity
@Table(name = "uppdrag_bilaga")
public class BilagaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String filnamn = "";
    private String mimetyp = "";
    private long storlek;
    private byte[] innehall = new byte[0];

    protected BilagaEntity() {
    }

    BilagaEntity(Bilaga bilaga) {
        this.filnamn = bilaga.filnamn();
        this.mimetyp = bilaga.mimetyp();
        this.storlek = bilaga.innehall().length;
        this.innehall = bilaga.innehall();
    }

    Bilaga toBilaga() {
        return new Bilaga(filnamn, mimetyp, innehall);
    }
}
