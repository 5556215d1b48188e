/**
 * Documents the application produces: a {@link se.uppdrag.dokument.Dokument} (header lines and sections of paragraphs,
 * bullet lists and tables) drawn on screen by the features and written as tagged PDF (PDF/A-2a and PDF/UA-1) by
 * {@link se.uppdrag.dokument.DokumentPdf}, whose helpers here set the text, tag it and embed the fonts.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"text"})
package se.uppdrag.dokument;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
