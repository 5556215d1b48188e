package skelett;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The skeleton's one entity. */
@Entity
class Anteckning {

    @Id
    @GeneratedValue
    private Long id;
    private String text;

    protected Anteckning() {
    }

    Anteckning(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
