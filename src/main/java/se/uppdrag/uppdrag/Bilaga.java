package se.uppdrag.uppdrag;

/** An attached file. */
public record Bilaga(String filnamn, String mimetyp, byte[] innehall) {

    public static final int MAX_STORLEK = 20 * 1024 * 1024;

    public Bilaga {
        if (filnamn == null || filnamn.isBlank()) {
            throw new IllegalArgumentException("Bilagan saknar filnamn");
        }
        if (innehall.length > MAX_STORLEK) {
            throw new IllegalArgumentException("Bilagan " + filnamn + " är större än 20 MB");
        }
    }
}
