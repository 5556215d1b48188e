/**
 * Documents the application produces: a {@link se.uppdrag.dokument.Dokument} (header lines and sections of paragraphs,
 * bullet lists, tables and bar charts) drawn on screen by the features (a chart as SVG by
 * {@link se.uppdrag.dokument.DokumentSvg}) and written as tagged PDF (PDF/A-2a and PDF/UA-1) by
 * {@link se.uppdrag.dokument.DokumentPdf}, whose helpers here set the text, tag it and embed the fonts.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"text"})
package se.uppdrag.dokument;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
