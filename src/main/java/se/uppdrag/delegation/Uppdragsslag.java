package se.uppdrag.delegation;

/**
 * The kind of uppdrag a rule may be limited to: a new uppdrag, or a revision that supersedes an earlier
 * uppdragshandling (the document's "Ersätter", UPPDRAGSHANDLING.md §1 and §2.5). The uppdrag carries no other
 * classification, and a revision is what a delegationsordning tends to treat apart.
 */
public enum Uppdragsslag {
    NYTT, REVIDERING;

    public String textnyckel() {
        return "delegation.slag." + name();
    }
}
