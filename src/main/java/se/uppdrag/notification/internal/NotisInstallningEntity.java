package se.uppdrag.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import se.uppdrag.notification.Leverans;
import se.uppdrag.notification.MailTyp;

@Entity
@Table(name = "notis_installning")
@IdClass(NotisInstallningEntity.Nyckel.class)
public class NotisInstallningEntity {

    @Id
    @Column(name = "person_id")
    private long personId;
    @Id
    @Enumerated(EnumType.STRING)
    private MailTyp typ = MailTyp.UPPGIFT_TILLDELAD;
    @Enumerated(EnumType.STRING)
    private Leverans leverans = Leverans.DIREKT;

    protected NotisInstallningEntity() {
    }

    public NotisInstallningEntity(long personId, MailTyp typ, Leverans leverans) {
        this.personId = personId;
        this.typ = typ;
        this.leverans = leverans;
    }

    public MailTyp typ() {
        return typ;
    }

    public Leverans leverans() {
        return leverans;
    }

    public void leverans(Leverans leverans) {
        this.leverans = leverans;
    }

    public record Nyckel(long personId, MailTyp typ) implements Serializable {
    }
}
