/**
 * Documents the application produces: a {@link se.uppdrag.dokument.Dokument} (header lines and sections of paragraphs,
 * bullet lists and tables) drawn on screen by the features and written as PDF/A by
 * {@link se.uppdrag.dokument.DokumentPdf}.
 */
@NullMarked
package se.uppdrag.dokument;

import org.jspecify.annotations.NullMarked;
