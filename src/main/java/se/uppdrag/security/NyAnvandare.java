package se.uppdrag.security;

import java.util.Set;
import se.uppdrag.personer.PersonId;

/** A login for a person in the directory. The password is hashed with bcrypt before it is stored. */
public record NyAnvandare(String anvandarnamn, String losenord, PersonId personId, Set<String> roller) {

    public NyAnvandare {
        if (anvandarnamn == null || !anvandarnamn.matches("[a-z0-9._-]{2,100}")) {
            throw new IllegalArgumentException("Användarnamnet får bara innehålla a–z, siffror, punkt, bindestreck och understreck");
        }
        if (losenord == null || losenord.length() < 8) {
            throw new IllegalArgumentException("Lösenordet måste ha minst 8 tecken");
        }
        roller = Set.copyOf(roller);
    }
}
