package se.uppdrag.start;

import java.util.List;

/** A production start without the settings it needs; reported as one line by {@link SaknadeInstallningarRapport}. */
class SaknadeInstallningarException extends RuntimeException {

    SaknadeInstallningarException(List<String> saknas) {
        // An operator's console, before any language choice exists: Swedish first, English after, on one line.
        super("Uppdrag kan inte starta i produktion: miljövariablerna " + String.join(", ", saknas)
                + " saknas (missing environment variables). Sätt dem, eller starta demot med --spring.profiles.active=dev.");
    }
}
