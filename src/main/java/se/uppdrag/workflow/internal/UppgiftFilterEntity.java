package se.uppdrag.workflow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "uppgift_filter")
public class UppgiftFilterEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "person_id")
    private long personId;
    private String namn = "";
    @Column(name = "sok_text")
    private @Nullable String text;
    private @Nullable String typer;
    private boolean baraForsenade;
    private String sortering = "FORFALLER";

    protected UppgiftFilterEntity() {
    }

    public UppgiftFilterEntity(long personId, String namn) {
        this.personId = personId;
        this.namn = namn;
    }

    public void satt(String text, String typer, boolean baraForsenade, String sortering) {
        this.text = text;
        this.typer = typer;
        this.baraForsenade = baraForsenade;
        this.sortering = sortering;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long personId() {
        return personId;
    }

    public String namn() {
        return namn;
    }

    public String text() {
        return text == null ? "" : text;
    }

    public @Nullable String typer() {
        return typer;
    }

    public boolean baraForsenade() {
        return baraForsenade;
    }

    public String sortering() {
        return sortering;
    }
}
