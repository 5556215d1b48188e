package se.uppdrag.browser;

/** The second half of {@link Tillganglighetsprov}'s table: the views at odd places, in a JVM of its own if there is one. */
class TillganglighetAndraHalvanBrowserTest extends Tillganglighetsprov {

    @Override
    int halva() {
        return 1;
    }
}
