package se.uppdrag.uppdrag;

/** An attachment is not taken: too large, or of a kind not on the list. The view translates the key and arguments. */
public class BilagaAvvisadException extends IllegalArgumentException {

    private final String nyckel;
    private final transient Object[] argument;

    public BilagaAvvisadException(String nyckel, Object... argument) {
        super(nyckel + " " + java.util.Arrays.toString(argument));
        this.nyckel = nyckel;
        this.argument = argument.clone();
    }

    public String nyckel() {
        return nyckel;
    }

    public Object[] argument() {
        return argument.clone();
    }
}
