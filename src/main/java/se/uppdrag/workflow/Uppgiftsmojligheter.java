package se.uppdrag.workflow;

/** What a user may do with a task besides its form: give it back to its group, lend it, hand it on for good. */
public record Uppgiftsmojligheter(boolean slappa, boolean delegera, boolean omfordela) {
}
