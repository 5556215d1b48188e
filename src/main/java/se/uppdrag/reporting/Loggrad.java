package se.uppdrag.reporting;

import se.uppdrag.uppdrag.UppdragId;

/**
 * A row of the Händelselogg in the words of one language, the same on screen and in the spreadsheet: when (to the
 * second), which uppdrag, who (for whom), what, and the comment.
 */
public record Loggrad(long id, UppdragId uppdrag, String tid, String uppdragText, String vem, String vad, String kommentar) {
}
