package se.uppdrag.security.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.uppdrag.text.Meddelande;

@Entity
@Table(name = "app_user")
public class AnvandareEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String username = "";
    @Column(name = "password_hash")
    private String passwordHash = "";
    @Column(name = "person_id")
    private long personId;
    private boolean enabled = true;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "roll")
    private Set<String> roller = new HashSet<>();

    protected AnvandareEntity() {
    }

    public AnvandareEntity(String username, String passwordHash, long personId, Set<String> roller) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.personId = personId;
        this.roller = new HashSet<>(roller);
    }

    public long id() {
        return java.util.Objects.requireNonNull(id, () -> Meddelande.svenska("sakerhet.fel.inte-sparad"));
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public long personId() {
        return personId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<String> roller() {
        return Set.copyOf(roller);
    }

    /** The bcrypt hash of a password that has passed the password rules; never the password itself. */
    public void passwordHash(String hash) {
        this.passwordHash = hash;
    }

    public boolean losenordStammer(String losenord, org.springframework.security.crypto.password.PasswordEncoder encoder) {
        return encoder.matches(losenord, passwordHash);
    }

    public void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void roller(Set<String> nya) {
        roller.clear();
        roller.addAll(nya);
    }
}
