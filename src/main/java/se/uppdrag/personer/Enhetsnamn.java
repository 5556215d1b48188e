package se.uppdrag.personer;

/** The rules for a unit's name. */
final class Enhetsnamn {

    private Enhetsnamn() {
    }

    static String kontrollera(String namn) {
        if (namn == null || namn.isBlank()) {
            throw new KatalogFelException("namn", "Ange enhetens namn");
        }
        if (namn.strip().length() > 200) {
            throw new KatalogFelException("namn", "Namnet får vara högst 200 tecken");
        }
        return namn.strip();
    }
}
