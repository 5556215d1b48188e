package se.uppdrag.personer;

/** The rules for a unit's name. */
final class Enhetsnamn {

    private Enhetsnamn() {
    }

    static String kontrollera(String namn) {
        if (namn == null || namn.isBlank()) {
            throw new KatalogFelException("namn", "katalog.fel.enhetsnamn");
        }
        if (namn.strip().length() > 200) {
            throw new KatalogFelException("namn", "katalog.fel.namn-langd");
        }
        return namn.strip();
    }
}
