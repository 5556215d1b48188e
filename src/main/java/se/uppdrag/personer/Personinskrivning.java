package se.uppdrag.personer;

/**
 * A person written into the directory by the system itself, for no signed-in user: the first administrator from the
 * environment, or someone signing in through single sign-on for the first time. Not method-secured, so that such code
 * needs no borrowed identity; views never use it (ArchitectureTest), they go through {@link KatalogService}.
 */
public interface Personinskrivning {

    Person skrivIn(NyPerson ny);
}
