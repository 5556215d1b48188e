package se.uppdrag.uppdrag;

import se.uppdrag.text.OtillatetLageException;

/**
 * The uppdrag cannot be sent för beslut: none of its beslutsfattare has authority under the delegationsordning for it
 * (or there is no delegationsordning yet). The message belongs at the beslutsfattare.
 */
public class UtanBeslutsrattException extends OtillatetLageException {

    public UtanBeslutsrattException(String nyckel, Object... argument) {
        super(nyckel, argument);
    }
}
